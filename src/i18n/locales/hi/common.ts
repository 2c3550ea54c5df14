/** Hindi: strings every element shares. */
import { str } from '@lit/localize';

export const common = {
  'common.retry': 'पुनः प्रयास करें',
  'tax.place-of-supply': 'आपूर्ति का स्थान',
  'common.loading': 'लोड हो रहा है…',
  'common.request-id': 'अनुरोध आईडी',
  'common.close': 'बंद करें',
  'common.cancel': 'रद्द करें',
  'common.system': 'सिस्टम',
  'error.load': str`${0} लोड नहीं हो सका।`,
  'error.auth': 'आपका सत्र समाप्त हो गया है। कृपया फिर से साइन इन करें।',
  'error.forbidden': 'आपको यह करने की अनुमति नहीं है।',
  'error.network': 'सर्वर तक नहीं पहुँचा जा सका। अपना कनेक्शन जाँचें।',
  'error.timeout': 'सर्वर ने समय पर उत्तर नहीं दिया।',
  'error.aborted': 'अनुरोध रद्द कर दिया गया।',
  'error.invalid': 'सर्वर का उत्तर समझ में नहीं आया।',
  'error.token-origin': 'API का पता किसी दूसरी साइट पर बदल गया, इसलिए साइन-इन टोकन नहीं भेजा गया। पेज को साइन-इन फिर से सेट करना होगा।',
  'error.server': 'सर्वर में त्रुटि हुई। थोड़ी देर बाद पुनः प्रयास करें।',
  'common.characters-one': str`${0} अक्षर`,
  'common.characters-other': str`${0} अक्षर`,
  'list.skipped-one': str`${0} प्रविष्टि दिखाई नहीं जा सकी।`,
  'list.skipped-other': str`${0} प्रविष्टियाँ दिखाई नहीं जा सकीं।`,
  'list.incomplete': 'सर्वर ने एक पृष्ठ दोहराया, इसलिए यह सूची अधूरी हो सकती है।',
  'error.rate-limited': 'बहुत अधिक अनुरोध। थोड़ी देर बाद पुनः प्रयास करें।',
};
