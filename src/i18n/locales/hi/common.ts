/** Hindi: strings every element shares. */
import { str } from '@lit/localize';

export const common = {
  'common.retry': 'फिर से कोशिश करें',
  'tax.place-of-supply': 'आपूर्ति का स्थान',
  'common.loading': 'लोड हो रहा है…',
  'common.request-id': 'अनुरोध आईडी',
  'common.close': 'बंद करें',
  'common.cancel': 'रद्द करें',
  'common.system': 'सिस्टम',
  'error.auth': 'आपका सत्र समाप्त हो गया है। कृपया फिर से साइन इन करें।',
  'error.forbidden': 'आपको यह करने की अनुमति नहीं है।',
  'error.network': 'सर्वर तक नहीं पहुँचा जा सका। अपना कनेक्शन जाँचें।',
  'error.timeout': 'सर्वर ने समय पर उत्तर नहीं दिया।',
  'error.aborted': 'अनुरोध रद्द कर दिया गया।',
  'error.invalid': 'सर्वर का उत्तर समझ में नहीं आया।',
  'error.token-origin': 'API का पता किसी दूसरी साइट पर बदल गया, इसलिए साइन-इन टोकन नहीं भेजा गया। पेज को साइन-इन फिर से सेट करना होगा।',
  'error.sandbox-conflict': str`सैंडबॉक्स शुरू नहीं हुआ: इसे कभी असली सेटअप के साथ नहीं मिलाया जाता, और ${0} असली सेटअप के हिस्से हैं। sandbox या ये सेटिंग्स हटाएँ।`,
  'common.sandbox': 'सैंडबॉक्स',
  'common.sandbox-title': 'सैंडबॉक्स: सिम्युलेटेड डेटा, कोई असली पैसा नहीं',
  'error.server': 'सर्वर में गड़बड़ी हुई। थोड़ी देर बाद फिर से कोशिश करें।',
  'common.characters-one': str`${0} अक्षर`,
  'common.characters-other': str`${0} अक्षर`,
  'list.skipped-one': str`${0} प्रविष्टि दिखाई नहीं जा सकी।`,
  'list.skipped-other': str`${0} प्रविष्टियाँ दिखाई नहीं जा सकीं।`,
  'list.incomplete': 'सर्वर ने एक पेज दोहराया, इसलिए यह सूची अधूरी हो सकती है।',
  'error.rate-limited': 'बहुत ज़्यादा अनुरोध। थोड़ी देर बाद फिर से कोशिश करें।',
};
