import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('internal-host', () => {
  it.each([
    ['see https://wiki.corp.northwind.example/page?id=3.', 'https://wiki.corp.northwind.example/page?id=3'],
    ['corp.northwind.example is down', 'corp.northwind.example'],
    ['mail jane@corp.northwind.example', 'corp.northwind.example'],
    ['Jira: JIRA.CORP.NORTHWIND.EXAMPLE/browse/NW-1', 'JIRA.CORP.NORTHWIND.EXAMPLE/browse/NW-1'],
    ['ssh build01.internal:22 now', 'build01.internal:22'],
    ['http://intranet.acme.com/hr (login)', 'http://intranet.acme.com/hr'],
    ['printer at printer.local', 'printer.local'],
    ['grafana.ops.corp/d/abc', 'grafana.ops.corp/d/abc'],
  ])('finds the host in %j', (text, found) => {
    expectOne('internal-host', text, found);
  });

  it.each([
    'notcorp.northwind.example',
    'northwind.example is our site',
    'the corp team rocks',
    'localhost:3000',
    'Shop local. Lan parties rule',
    'intranet redesign went live',
    'corp.northwind.examples',
  ])('ignores %j', (text) => {
    expectNone('internal-host', text);
  });
});

describe('internal-host profile entries', () => {
  it.each(['*.corp.example', 'https://corp.example/', 'corp.example.', ' corp.example '])('accepts %j as the domain corp.example', (entry) => {
    expectOne('internal-host', 'see wiki.corp.example/page', 'wiki.corp.example/page', { internalDomains: [entry] });
  });

  it.each([
    ['Ping me on the wiki page go/heron-roadmap for details', 'go/heron-roadmap'],
    ['see https://go/oncall-guide.', 'https://go/oncall-guide'],
  ])('finds a go link in %j', (text, found) => {
    expectOne('internal-host', text, found);
  });

  it.each(["it's a go/no-go call tomorrow", 'ready, set, go/stop', 'logo/brand refresh', 'cargo/freight rates'])(
    'ignores the near miss %j',
    (text) => {
      expectNone('internal-host', text);
    },
  );
});
