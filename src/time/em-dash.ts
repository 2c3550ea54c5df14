/** What every display function (money, months, dates) returns for input it cannot read. */
export const EM_DASH = '—';
