import { describe, expect, it } from 'vitest';
import { describeEvidence, type DescribedEvidence } from './kinds';

const none: DescribedEvidence = {
  kind: 'web',
  title: null,
  source: null,
  upload: null,
  recordPerson: null,
  recordRole: null,
  recordDate: null,
  recordChannel: null,
};

describe('describeEvidence', () => {
  it('says who was spoken to, their role, how and when — never contact details', () => {
    const call = {
      ...none,
      kind: 'record' as const,
      recordPerson: 'Jane Doe',
      recordRole: 'spokesperson',
      recordChannel: 'phone' as const,
    };
    expect(describeEvidence({ ...call, recordDate: new Date('2026-11-30T00:00:00Z') })).toBe(
      'phone call with Jane Doe, spokesperson, 2026-11-30',
    );
    expect(describeEvidence({ ...call, recordChannel: 'email', recordRole: null, recordDate: '2026-11-30' })).toBe(
      'email exchange with Jane Doe, 2026-11-30',
    );
  });

  it('names a document or dataset by its title and where it comes from', () => {
    expect(describeEvidence({ ...none, kind: 'document', title: 'Annual report', upload: { fileName: 'report.pdf' } })).toBe(
      'document: Annual report (report.pdf)',
    );
    expect(describeEvidence({ ...none, kind: 'document', upload: { fileName: 'scan.png' } })).toBe('document: scan.png');
    expect(describeEvidence({ ...none, kind: 'dataset', source: { url: 'https://data.example/t', title: null } })).toBe(
      'dataset: https://data.example/t',
    );
  });
});
