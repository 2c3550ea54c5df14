/** Hindi: <monthly-usage>. */
import { str } from '@lit/localize';

export const monthlyUsage = {
  'monthly-usage.title': 'मासिक उपयोग सारांश',
  'monthly-usage.load-failed': 'मासिक उपयोग लोड नहीं हो सका।',
  'monthly-usage.loading': 'मासिक उपयोग लोड हो रहा है…',
  'monthly-usage.this-month-one': 'क्रेडिट इस महीने इस्तेमाल हुआ',
  'monthly-usage.this-month-other': 'क्रेडिट इस महीने इस्तेमाल हुए',
  'monthly-usage.total': str`पिछले 4 महीनों में ${0}`,
  'monthly-usage.empty': 'पिछले 4 महीनों में कोई क्रेडिट इस्तेमाल नहीं हुआ।',
  'monthly-usage.chart': 'हर महीने इस्तेमाल हुए क्रेडिट का बार चार्ट, सबसे पुराना महीना पहले',
  'monthly-usage.bar-one': str`${0}: ${1} क्रेडिट इस्तेमाल हुआ`,
  'monthly-usage.bar-other': str`${0}: ${1} क्रेडिट इस्तेमाल हुए`,
  'monthly-usage.caption': 'हर महीने इस्तेमाल हुए क्रेडिट',
  'monthly-usage.month': 'महीना',
  'monthly-usage.used': 'इस्तेमाल हुए क्रेडिट',
};
