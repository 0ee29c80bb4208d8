import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, isRecoveryCodeShape, newRecoveryCodes } from './recovery-codes';
import { matchTotpStep, newTotpSecret, totpCode, totpUri } from './totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 7, 3, 0, 10);
  const step = Math.floor(now / 30_000);

  it('accepts the current code and one step either side, and names the step', () => {
    expect(matchTotpStep(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchTotpStep(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchTotpStep(secret, totpCode(secret, now - 90_000), now)).toBeNull();
  });

  it('refuses what is not six digits, and tolerates spaces', () => {
    const code = totpCode(secret, now);
    expect(matchTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(step);
    expect(matchTotpStep(secret, 'abcdef', now)).toBeNull();
    expect(matchTotpStep(secret, '1'.repeat(600), now)).toBeNull();
  });

  it('gives an otpauth address for the QR code', () => {
    expect(totpUri(secret, 'ana@example.test')).toMatch(/^otpauth:\/\/totp\/Margin:ana%40example\.test\?.*secret=/);
  });
});

describe('recovery codes', () => {
  it('makes ten distinct codes, hashed the same however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes.every(isRecoveryCodeShape)).toBe(true);
    const [first = ''] = codes;
    expect(hashRecoveryCode(first.toUpperCase().replace('-', ''))).toBe(hashRecoveryCode(first));
    expect(isRecoveryCodeShape('123456')).toBe(false);
  });
});
