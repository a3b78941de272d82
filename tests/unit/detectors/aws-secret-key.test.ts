import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzK3vQ8mRtY';
const DOCS_SAMPLE = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const OTHER_SECRET = 'Zq8vN2mK4pR6tY1uW3eX5aS7dF9gH0jL2kB4nM6c';

describe('aws-secret-key', () => {
  it.each([
    [`aws_secret_access_key = ${SECRET}`, SECRET],
    [`my AWS secret: ${SECRET} (oops)`, SECRET],
    [`Secret access key ${OTHER_SECRET}`, OTHER_SECRET],
    [`${OTHER_SECRET} is the aws key`, OTHER_SECRET],
    [`S3 creds: AKIA… / ${OTHER_SECRET}`, OTHER_SECRET],
  ])('finds the secret in %j', (text, secret) => {
    expectOne('aws-secret-key', text, secret);
  });

  it.each([
    SECRET,
    `token ${OTHER_SECRET}`,
    'aws commit 9fceb02d0ae598e95dc970b74767f19372d61af8',
    'aws secret: abcdefghijabcdefghijabcdefghijabcdefghij',
    `aws secret: ${SECRET}X`,
    'secret sauce: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1',
    // The sample secret printed in AWS documentation, and any it marks as one.
    `aws_secret_access_key = ${DOCS_SAMPLE}`,
    'AWS secret je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY from the docs',
  ])('ignores %j', (text) => {
    expectNone('aws-secret-key', text);
  });
});
