import { isVillageCode, villageCodeFromParams } from '../src/services/villageCode';

describe('the village a page was opened for', () => {
  it('reads the 12-digit code from a WeChat QR scene, URL-encoded or not', () => {
    expect(villageCodeFromParams({ scene: '210124101200' })).toBe('210124101200');
    expect(villageCodeFromParams({ scene: encodeURIComponent(' 210124101200') })).toBe('210124101200');
  });

  it('reads ?code= from links and the browser', () => {
    expect(villageCodeFromParams({ code: '210124001001' })).toBe('210124001001');
  });

  it('falls back to code when the scene is not a village code', () => {
    expect(villageCodeFromParams({ scene: 'poster-7', code: '210124101200' })).toBe('210124101200');
  });

  it('ignores anything that is not exactly 12 digits', () => {
    for (const code of ['', '21012410120', '2101241012000', '21012410120x', '%E0%A4%A', '210124101200;drop']) {
      expect(villageCodeFromParams({ code, scene: code })).toBeNull();
    }
    expect(villageCodeFromParams({})).toBeNull();
    expect(isVillageCode('210124101200')).toBe(true);
    expect(isVillageCode('２１０１２４１０１２００')).toBe(false);
  });
});
