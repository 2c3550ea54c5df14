/** The words and tones of the transaction type badge (the Credits guide's "Transaction Types"). */
import { msg } from '../../i18n/localize.js';
import type { Tone } from '../../ui/states.js';
import type { Transaction } from '../../api/schemas.js';
import { humanise } from '../../ui/humanise.js';

export interface TypeBadge {
  label: string;
  tone: Tone;
  /** The API value behind a label this version had no name for (shown in the badge's title, kept in the CSV). */
  raw?: string;
}

/** An unknown type or usage kind: its words ("Promo bonus"), the raw value kept. */
const unknown = (raw: string): TypeBadge => ({ label: humanise(raw), tone: 'neutral', raw });

/**
 * The badge of one row. Usage rows name their kind (Photo Processing, AI Image
 * Rotation); a type or usage kind this version does not know shows as words
 * ("promo_bonus" → "Promo bonus") on a neutral badge, its raw value in the
 * title (the server may add kinds; that is never an error).
 */
export function typeBadge(txn: Pick<Transaction, 'type' | 'usage_kind'>): TypeBadge {
  switch (txn.type) {
    case 'usage':
      switch (txn.usage_kind) {
        case null:
        case undefined:
        case '':
          return { label: msg('Usage', { id: 'usage-table.type.usage' }), tone: 'info' };
        case 'event_photo_indexing':
          return { label: msg('Photo Processing', { id: 'usage-table.type.photo-processing' }), tone: 'info' };
        case 'ai_image_rotation':
          return { label: msg('AI Image Rotation', { id: 'usage-table.type.ai-image-rotation' }), tone: 'info' };
        default:
          return unknown(txn.usage_kind);
      }
    case 'purchase':
      return { label: msg('Purchase', { id: 'usage-table.type.purchase' }), tone: 'success' };
    case 'admin_grant':
      return { label: msg('Admin Grant', { id: 'usage-table.type.admin-grant' }), tone: 'info' };
    case 'free_credits':
      return { label: msg('Free Credits', { id: 'usage-table.type.free-credits' }), tone: 'success' };
    case 'refund':
      return { label: msg('Refund', { id: 'usage-table.type.refund' }), tone: 'warning' };
    default:
      return txn.type ? unknown(txn.type) : { label: '—', tone: 'neutral' };
  }
}

/** The user column: the email, or System for rows no person caused. */
export const userLabel = (email: string | null): string => email || msg('System', { id: 'common.system' });
