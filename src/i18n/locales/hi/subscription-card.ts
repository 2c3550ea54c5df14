/** Hindi: <subscription-card>. */
import { str } from '@lit/localize';

export const subscriptionCard = {
  'subscription-card.what': 'सदस्यता',
  'subscription-card.title': 'वर्तमान प्लान',
  'subscription-card.plan.trial': 'ट्रायल',
  'subscription-card.plan.trial.meaning':
    '9Pic को आज़माने के लिए सीमित क्रेडिट वाला निःशुल्क ट्रायल। सार्वजनिक इवेंट और बहुत कुछ पाने के लिए कभी भी अपग्रेड करें।',
  'subscription-card.plan.pro': 'प्रो',
  'subscription-card.plan.pro.meaning': 'कस्टम डोमेन, 9Pic Certify, रेस वीडियो और प्राथमिकता सहायता के साथ वार्षिक सदस्यता।',
  'subscription-card.plan.enterprise': 'एंटरप्राइज़',
  'subscription-card.plan.enterprise.meaning': 'समर्पित सहायता और SLA के साथ कस्टम प्लान।',
  'subscription-card.plan.payg': 'जितना उपयोग, उतना भुगतान',
  'subscription-card.plan.payg.meaning': 'उपयोग पर आधारित लचीला मूल्य, कोई प्रतिबद्धता नहीं।',
  'subscription-card.plan.other.meaning': 'इस प्लान का विवरण 9Pic टीम संभालती है।',
  'subscription-card.started': 'शुरू हुआ',
  'subscription-card.expires': 'समाप्ति',
  'subscription-card.no-expiry': 'कोई समाप्ति तिथि नहीं',
  'subscription-card.included': 'शामिल क्रेडिट',
  'subscription-card.status': 'स्थिति',
  'subscription-card.expired': 'समाप्त',
  'subscription-card.expires-today': 'आज समाप्त हो रहा है',
  'subscription-card.expires-in-one': '1 दिन में समाप्त',
  'subscription-card.expires-in': str`${0} दिनों में समाप्त`,
  'subscription-card.remaining': str`${0} दिन शेष`,
  'subscription-card.renew-offer':
    'आपका प्रो प्लान समाप्त हो गया है। कस्टम डोमेन, 9Pic Certify, रेस वीडियो और प्राथमिकता सहायता फिर से पाने के लिए नवीनीकरण करें।',
  'subscription-card.renew': 'प्रो नवीनीकृत करें',
  'subscription-card.upgrade-offer': 'सार्वजनिक इवेंट, कस्टम डोमेन, 9Pic Certify और बहुत कुछ पाने के लिए प्रो में अपग्रेड करें।',
  'subscription-card.upgrade': 'प्रो में अपग्रेड करें',
  'subscription-card.renewal-hint': 'प्रो का नवीनीकरण मैन्युअल है: यह प्लान समाप्त होने के बाद आप प्रो फिर से खरीद सकते हैं।',
  'subscription-card.credits-note': 'आपके क्रेडिट नवीनीकरण के बाद भी बने रहते हैं: वे प्लान के साथ समाप्त नहीं होते।',
  'subscription-card.credits-note-trial': 'अपग्रेड करने पर आपके क्रेडिट बने रहते हैं: वे प्लान के साथ समाप्त नहीं होते।',
  'subscription-card.managed': 'प्लान का प्रकार और तिथियाँ 9Pic टीम प्रबंधित करती है।',
  'subscription-card.email-support': str`${0} पर ईमेल करें`,
  'subscription-card.email-support-why': '— अपग्रेड, नवीनीकरण या प्लान में सुधार के लिए।',
  'subscription-card.mail-subject': str`प्लान में बदलाव: ${0}`,
};
