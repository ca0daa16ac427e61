import { resolverHarness } from '../reliability/support';

/**
 * Function keys are looked up as own properties: every Object.prototype name
 * (constructor, hasOwnProperty, toString, __proto__, …) answers BAD_PAYLOAD
 * like any unknown key, never a 500 and never an echo of the request.
 */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('resolver function keys', () => {
  it('covers every Object.prototype name', () => {
    expect(PROTOTYPE_NAMES).toEqual(expect.arrayContaining(['constructor', 'hasOwnProperty', 'toString', 'valueOf', '__proto__', '__defineGetter__']));
  });

  it.each([...PROTOTYPE_NAMES, 'noSuchFunction', ''])('%s: BAD_PAYLOAD, nothing echoed, nothing written', async (functionKey) => {
    const h = resolverHarness();
    const before = h.site.dump();
    const envelope = await h.as('alex')(functionKey, { marker: 'payload-echo' }, { marker: 'context-echo' });
    expect(envelope).toEqual({ ok: false, error: { code: 'BAD_PAYLOAD', message: expect.stringContaining('no Factory Gravity resolver function') } });
    expect(JSON.stringify(envelope)).not.toMatch(/echo/);
    expect(h.site.dump()).toBe(before);
  });

  it('quotes at most 60 characters of an unknown key', async () => {
    const envelope = await resolverHarness().as('alex')('x'.repeat(10_000), {});
    expect(JSON.stringify(envelope).length).toBeLessThan(300);
  });

  it('still answers the app’s own keys', async () => {
    expect(await resolverHarness().as('alex')('getScopeOptions', {})).toEqual({ ok: true, data: expect.anything() });
  });
});
