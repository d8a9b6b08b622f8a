import { expect } from '@open-wc/testing';
import { passwordStrength } from '../password-strength.js';

describe('passwordStrength', () => {
  it('rates common passwords, runs and repeats as very weak, whatever their length', () => {
    for (const password of [
      'password1',
      'Qwerty123456',
      'abcdefghijkl',
      'zyxwvutsrqpo',
      'aaaaaaaaaaaa',
      '123456789012',
    ]) {
      expect(passwordStrength(password), password).to.deep.equal({ score: 0, guessable: true });
    }
  });

  it('rewards length and variety', () => {
    expect(passwordStrength('Tb7#kq').score).to.be.at.most(1);
    expect(passwordStrength('Tb7#kqZ2!mw').score).to.be.at.least(3);
    expect(passwordStrength('violet tractor ocean 42')).to.deep.equal({
      score: 4,
      guessable: false,
    });
    expect(passwordStrength('').score).to.equal(0);
  });

  it('scores long pasted passphrases and non-Latin characters', () => {
    expect(passwordStrength('èñø€ßł∂ƒ©˙').score).to.be.at.least(2);
    expect(passwordStrength('x7'.repeat(64)).score).to.equal(4);
  });
});
