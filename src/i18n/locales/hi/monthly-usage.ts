/** Hindi: <monthly-usage>. */
import { str } from '@lit/localize';

export const monthlyUsage = {
  'monthly-usage.title': 'मासिक उपयोग सारांश',
  'monthly-usage.what': 'मासिक उपयोग',
  'monthly-usage.loading': 'मासिक उपयोग लोड हो रहा है…',
  'monthly-usage.this-month': 'क्रेडिट इस महीने उपयोग हुए',
  'monthly-usage.total': str`पिछले 4 महीनों में ${0}`,
  'monthly-usage.empty': 'पिछले 4 महीनों में कोई क्रेडिट उपयोग नहीं हुआ।',
  'monthly-usage.chart': 'प्रति माह उपयोग हुए क्रेडिट का बार चार्ट, सबसे पुराना पहले',
  'monthly-usage.bar': str`${0}: ${1} क्रेडिट उपयोग हुए`,
  'monthly-usage.caption': 'प्रति माह उपयोग हुए क्रेडिट',
  'monthly-usage.month': 'महीना',
  'monthly-usage.used': 'उपयोग हुए क्रेडिट',
};
