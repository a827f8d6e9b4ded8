import { expect } from '@open-wc/testing';
import { defineElement, VERSION_KEY, warnVersionClash } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';
import { localeSettled } from '../helpers/locale.js';

function captureWarnings(action: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

let counter = 0;
const uniqueTag = () => `hromada-define-test-${(counter += 1)}`;

describe('defineElement()', () => {
  it('registers an element once and marks it with the version', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    expect(defineElement(tag, First)).to.equal(true);
    expect(customElements.get(tag)).to.equal(First);
    expect((First as unknown as Record<string, string>)[VERSION_KEY]).to.equal(VERSION);
  });

  it('keeps the first registration and stays silent for the same version', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement(tag, First);
    const warnings = captureWarnings(() => expect(defineElement(tag, Second)).to.equal(false));
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version meets it', () => {
    const tagA = uniqueTag();
    const tagB = uniqueTag();
    class OldA extends HTMLElement {}
    class OldB extends HTMLElement {}
    (OldA as unknown as Record<string, string>)[VERSION_KEY] = '0.0.1-test';
    (OldB as unknown as Record<string, string>)[VERSION_KEY] = '0.0.1-test';
    customElements.define(tagA, OldA);
    customElements.define(tagB, OldB);
    const warnings = captureWarnings(() => {
      defineElement(tagA, class extends HTMLElement {});
      defineElement(tagB, class extends HTMLElement {});
      warnVersionClash('0.0.1-test', VERSION);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1-test').and.to.contain(VERSION);
    expect(customElements.get(tagA)).to.equal(OldA);
  });

  it('reports a name the registry refuses instead of throwing', () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(defineElement('not-valid-Name', class extends HTMLElement {})).to.equal(false);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
  });
});

describe('window.hromadaWidgets', () => {
  it('is put up by defineElement(), so a page importing one element can call setLocale()', async () => {
    const saved = window.hromadaWidgets;
    delete window.hromadaWidgets;
    try {
      defineElement(uniqueTag(), class extends HTMLElement {});
      const api = (window as Window).hromadaWidgets;
      expect(api?.version).to.equal(VERSION);
      api!.setLocale('en');
      await localeSettled();
      expect(api!.getLocale()).to.equal('en');
    } finally {
      (window as Window).hromadaWidgets?.setLocale(null);
      await localeSettled();
      window.hromadaWidgets = saved;
    }
  });

  it('keeps the one another copy put up first', () => {
    const saved = window.hromadaWidgets;
    const other = Object.freeze({ ...saved!, version: '9.9.9-other' });
    window.hromadaWidgets = other;
    try {
      captureWarnings(() => defineElement(uniqueTag(), class extends HTMLElement {}));
      expect(window.hromadaWidgets).to.equal(other);
    } finally {
      window.hromadaWidgets = saved;
    }
  });
});
