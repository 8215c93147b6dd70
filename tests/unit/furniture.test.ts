import { describe, expect, it } from 'vitest';
import { footerReason, isLabel, isPromotionTitle, splitTrailingFragment } from '../../src/parse/listing/furniture.ts';

describe('furniture rules', () => {
  it('recognises the page labels', () => {
    expect(isLabel('    View Description')).toBe(true);
    expect(isLabel('View Sessions')).toBe(true);
    expect(isLabel('View Description of the API')).toBe(false);
  });

  it('splits widget fragments off the end of a line only', () => {
    expect(splitTrailingFragment('throughput. Screen reader support enabled.')).toEqual({ text: 'throughput.', fragment: 'Screen reader support enabled.' });
    expect(splitTrailingFragment('come together. Request sent.')).toEqual({ text: 'come together.', fragment: 'Request sent.' });
    expect(splitTrailingFragment('A Request sent. in the middle stays')).toEqual({ text: 'A Request sent. in the middle stays', fragment: null });
  });

  it('recognises promotions of other summits', () => {
    expect(isPromotionTitle('View Kafka Summit NYC 2019 Sessions')).toBe(true);
    expect(isPromotionTitle('Kafka Summit Sessions at Scale')).toBe(false);
  });

  it('recognises the footer and the cookie notices in English and Japanese', () => {
    expect(footerReason('Ready to Talk to Us?')).toBe('footer');
    expect(footerReason('Have someone from Confluent contact you.')).toBe('footer');
    expect(footerReason('Contact Us')).toBe('footer');
    expect(footerReason('We use cookies to understand how you use our site')).toBe('cookie-notice');
    expect(footerReason('当サイトでは Cookie (クッキー) を使用しています。')).toBe('cookie-notice');
    expect(footerReason('Cookies are a Kafka topic name')).toBeNull();
  });
});
