import { describe, expect, it } from 'vitest';
import { parsePlainText } from './parse-plain-text';

describe('parsePlainText: list items and quotes', () => {
  it('makes bulleted and numbered lines list items, without their markers', () => {
    const { blocks } = parsePlainText(
      'Three findings stand out:\n- Exports rose\n- Imports fell, as the\nministry reported\n\n1. First\n2) Second\n\n• From a PDF',
    );
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Three findings stand out:' },
      { type: 'listItem', text: 'Exports rose', list: { ordered: false, depth: 0, number: null } },
      { type: 'listItem', text: 'Imports fell, as the ministry reported', list: { ordered: false, depth: 0, number: null } },
      { type: 'listItem', text: 'First', list: { ordered: true, depth: 0, number: 1 } },
      { type: 'listItem', text: 'Second', list: { ordered: true, depth: 0, number: 2 } },
      { type: 'listItem', text: 'From a PDF', list: { ordered: false, depth: 0, number: null } },
    ]);
  });

  it('makes "> " lines one quote, without their markers', () => {
    const { blocks } = parsePlainText('He said:\n\n> We will not\n> back down.\n\nThen he left.');
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'He said:' },
      { type: 'blockquote', text: 'We will not back down.' },
      { type: 'paragraph', text: 'Then he left.' },
    ]);
  });

  it('leaves a wrapped line that starts with a dash or a number inside its paragraph', () => {
    const { blocks } = parsePlainText('The fleet grew from 12 ships in\n2019. The navy added\n- as planned - four more.');
    expect(blocks).toEqual([{ type: 'paragraph', text: 'The fleet grew from 12 ships in 2019. The navy added - as planned - four more.' }]);
  });
});
