/** Hindi: <credits-area>. */
export const creditsArea = {
  'credits-area.tablist': 'क्रेडिट क्षेत्र',
  'credits-area.tab.credits': 'क्रेडिट',
  'credits-area.tab.billing': 'बिलिंग और लेन-देन',
  'credits-area.tab.subscription': 'सदस्यता',
  'credits-area.purchase.title': 'क्रेडिट खरीदें या अपग्रेड करें',
  'credits-area.summary.credits': 'बैलेंस, मासिक उपयोग, क्रेडिट उपयोग और खरीद इतिहास।',
  'credits-area.summary.billing': 'भुगतान इतिहास, इनवॉइस डाउनलोड और बिलिंग विवरण।',
  'credits-area.summary.subscription': 'वर्तमान प्लान, समाप्ति की तारीख और प्लान की स्थिति।',
  'credits-area.summary.purchase': 'प्लान या क्रेडिट चुनें, ऑर्डर की समीक्षा करें और भुगतान करें।',
  'credits-area.back': 'क्रेडिट पर वापस जाएँ',
};
