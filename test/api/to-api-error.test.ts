/** #14.3: one toApiError (src/api/errors.ts) for the client and the store. */
import { expect } from '@open-wc/testing';
import { ApiError, toApiError } from '../../src/api/errors.js';

describe('toApiError', () => {
  it('keeps an ApiError as it is', () => {
    const error = new ApiError({ kind: 'http', status: 500, message: 'x' });
    expect(toApiError(error)).to.equal(error);
    expect(toApiError(error, { otherwise: 'network' })).to.equal(error);
  });

  it('an abort (or an aborted signal) is aborted; a TimeoutError is timeout', () => {
    expect(toApiError(new DOMException('gone', 'AbortError')).kind).to.equal('aborted');
    const signal = AbortSignal.abort();
    expect(toApiError(new TypeError('Failed to fetch'), { signal, otherwise: 'network' }).kind).to.equal('aborted');
    const timeout = toApiError(new DOMException('late', 'TimeoutError'), { method: 'GET', path: '/credits' });
    expect([timeout.kind, timeout.method, timeout.path]).to.deep.equal(['timeout', 'GET', '/credits']);
  });

  it("the client's failures are network errors and never carry the original (it holds the request with its token)", () => {
    const cause = Object.assign(new TypeError('Failed to fetch'), { request: { headers: { authorization: 'Bearer secret' } } });
    const error = toApiError(cause, { method: 'GET', path: '/credits', otherwise: 'network' });
    expect(error.kind).to.equal('network');
    expect(error.cause).to.equal(undefined);
    expect(JSON.stringify({ ...error, message: error.message })).not.to.include('secret');
  });

  it("the store's: anything else a loader threw is an invalid response with its message, the original as cause", () => {
    const thrown = new Error('rows[3].id: expected a string');
    const error = toApiError(thrown);
    expect([error.kind, error.message, error.cause]).to.deep.equal(['invalid_response', 'rows[3].id: expected a string', thrown]);
    expect(toApiError('odd').message).to.equal('odd');
  });
});
