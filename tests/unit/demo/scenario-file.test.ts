import { describe, expect, it } from 'vitest';
import { parseScenarioFile, ScenarioFileError } from '../../../demo/scenario-file.ts';

const VALID = `
- title: Praising our product
  platform: linkedin
  bad: Northwind Vault is the best backup tool!
  good: I work at Northwind Cloud and I love Northwind Vault. #NorthwindEmployee
  notes: Ask the room who spotted the missing disclosure.
- title: Email in a thank-you
  platform: x
  bad: Thanks jane@example.com for the help
  good: Thanks Jane for the help
`;

function problemsOf(source: string) {
  try {
    parseScenarioFile(source, 'team.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioFileError);
    return (error as ScenarioFileError).problems;
  }
  throw new Error('expected the file to be refused');
}

describe('parseScenarioFile', () => {
  it('reads every scenario with its fields and a stable id', () => {
    const scenarios = parseScenarioFile(VALID, 'team.yaml');
    expect(scenarios.map((s) => [s.id, s.platform, s.source])).toEqual([
      ['team.yaml#1', 'linkedin', 'file'],
      ['team.yaml#2', 'x', 'file'],
    ]);
    expect(scenarios[0]?.notes).toBe('Ask the room who spotted the missing disclosure.');
    expect(scenarios[1]?.bad).toBe('Thanks jane@example.com for the help');
  });

  it('accepts JSON, which is YAML too', () => {
    const json = JSON.stringify([{ title: 'T', platform: 'x', bad: 'b', good: 'g' }]);
    expect(parseScenarioFile(json, 'team.json')).toHaveLength(1);
  });

  it('names the line, item and field of each problem', () => {
    const problems = problemsOf(`- title: One\n  platform: facebook\n  bad: x\n  good: y\n- title: Two\n  platform: x\n  good: y\n  colour: red\n`);
    expect(problems).toContainEqual({ line: 2, path: '1.platform', message: 'must be one of "x", "linkedin"' });
    expect(problems).toContainEqual({ line: 5, path: '2.bad', message: 'is missing' });
    expect(problems.find((p) => p.path === '2')?.message).toBe('unknown field "colour"');
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsOf('- title: One\n  platform: x\n  bad: [unclosed\n');
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses a file that is not a list, or an empty one', () => {
    expect(problemsOf('title: One\nplatform: x\n')[0]?.message).toMatch(/expected a list of scenarios/);
    expect(problemsOf('[]')[0]?.message).toMatch(/empty/);
  });

  it('puts the file name and line in the error message', () => {
    expect(() => parseScenarioFile('- title: One\n  platform: x\n  bad: x\n', 'team.yaml')).toThrow('team.yaml:1: 1.good: is missing');
  });
});
