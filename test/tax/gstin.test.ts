import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { GST_STATES, GSTIN_PATTERN, gstinCheckChar, gstinChecksumOk, placeOfSupply, stateCodesOf } from '../../src/tax/gstin.js';

const CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const DIGITS = '0123456789'.split('');
const char = (alphabet: string[]) => fc.constantFrom(...alphabet);
const join = (parts: string[]) => parts.join('');

/** A well-formed GSTIN: a real state code, a PAN, an entity number, 'Z', and the check character. */
const validGstin = fc
  .tuple(
    fc.constantFrom(...Object.keys(GST_STATES)),
    fc.array(char(LETTERS), { minLength: 5, maxLength: 5 }).map(join),
    fc.array(char(DIGITS), { minLength: 4, maxLength: 4 }).map(join),
    char(LETTERS),
    char([...'123456789', ...LETTERS]),
  )
  .map(([state, pan, digits, panCheck, entity]) => {
    const first14 = `${state}${pan}${digits}${panCheck}${entity}Z`;
    return first14 + gstinCheckChar(first14)!;
  });

describe('GSTIN check character (mod-36)', () => {
  it('known GSTINs pass; one changed character fails', () => {
    for (const ok of ['27AAPFU0939F1ZV', '29AAACI1195H1ZI', '33AAACH7409R1Z8', '24AAACC1206D1ZM']) expect(gstinChecksumOk(ok), ok).to.equal(true);
    for (const bad of ['27AAPFU0939F1ZW', '28AAPFU0939F1ZV', '27AAPFU0939F2ZV', '27AAPFV0939F1ZV']) expect(gstinChecksumOk(bad), bad).to.equal(false);
  });

  it('every valid GSTIN generated passes (pattern and checksum)', () => {
    fc.assert(
      fc.property(validGstin, (gstin) => GSTIN_PATTERN.test(gstin) && gstinChecksumOk(gstin)),
      { numRuns: 2000 },
    );
  });

  it('every single-character change of a valid GSTIN fails the checksum', () => {
    fc.assert(
      fc.property(validGstin, fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 35 }), (gstin, at, shift) => {
        const changed = CHARS[(CHARS.indexOf(gstin[at]!) + shift) % 36]!;
        const typo = gstin.slice(0, at) + changed + gstin.slice(at + 1);
        return typo !== gstin && !gstinChecksumOk(typo);
      }),
      { numRuns: 3000 },
    );
  });

  it('state names as addresses write them map to their codes; the place of supply reads "27-Maharashtra"', () => {
    expect(stateCodesOf('Maharashtra')).to.deep.equal(['27']);
    expect(stateCodesOf(' tamil  nadu ')).to.deep.equal(['33']);
    expect(stateCodesOf('Orissa')).to.deep.equal(['21']);
    expect(stateCodesOf('New Delhi')).to.deep.equal(['07']);
    expect(stateCodesOf('Andhra Pradesh')).to.deep.equal(['28', '37']);
    expect(stateCodesOf('Atlantis')).to.deep.equal([]);
    expect(stateCodesOf('')).to.deep.equal([]);
    expect(placeOfSupply('27')).to.equal('27-Maharashtra');
  });
});
