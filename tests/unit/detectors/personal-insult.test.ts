import { describe, expect, it } from 'vitest';
import { run } from './detector-test-kit.ts';

const found = (text: string) => run('personal-insult', text).map((m) => text.slice(m.start, m.end));
const labels = (text: string) => run('personal-insult', text).map((m) => m.label);

describe('personal-insult detector', () => {
  it('finds an insult said to someone: vocative, "you are a …", likeness', () => {
    expect(found('@kevin_ops stop touching prod, you absolute muppet')).toEqual(['you absolute muppet']);
    expect(found("To the recruiter: you're a spineless coward and I hope your ATS crashes.")).toEqual(["you're a spineless coward"]);
    expect(found('@sam you utter buffoon, read the error message.')).toEqual(['you utter buffoon']);
    expect(found('You look like an idiot in that hat')).toEqual(['You look like an idiot']);
    expect(labels('you total numpty')).toEqual(['insult']);
  });

  it('takes any word after "you absolute/utter", and a character adjective before any noun', () => {
    expect(found('you absolute walnut')).toEqual(['you absolute walnut']);
    expect(found('You pompous windbag, nobody wanted your take.')).toEqual(['You pompous windbag']);
    expect(found("you're so clueless it hurts")).toEqual(["you're so clueless"]);
  });

  it('uses the lexicon for the noun after "you are a", and words that insult only when said to someone', () => {
    expect(found("You're a cheat.")).toEqual(["You're a cheat"]);
    expect(found("You're a complete joke of an engineer.")).toEqual(["You're a complete joke"]);
  });

  it('finds the insult pointed back at "you"', () => {
    expect(found('Only a halfwit like you would deploy on a Friday.')).toEqual(['a halfwit like you']);
    expect(found('what a clown you are, honestly')).toEqual(['what a clown you']);
  });

  it('finds name-calling of someone else only with a character word or an intensifier on a person insult', () => {
    expect(found("Fabrikam's CEO is a clueless fraud and their numbers are made up.")).toEqual(['a clueless fraud']);
    expect(labels("He's an absolute clown")).toEqual(['name-calling']);
    expect(found('The scheme was a massive fraud.')).toEqual([]);
    expect(found('That bug is a coward, it hides whenever I attach the debugger.')).toEqual([]);
    expect(found('a quick hack to fix the build')).toEqual([]);
  });

  it('leaves out praise in the same frame, self-deprecation and negation', () => {
    expect(found('You absolute legend, thanks for the fix!')).toEqual([]);
    expect(found("You're a lifesaver. You're killing it.")).toEqual([]);
    expect(found('I was a total muppet this morning, forgot my badge.')).toEqual([]);
    expect(found("You're not stupid for asking.")).toEqual([]);
    expect(found("You're a complete beginner? Start with the tutorial.")).toEqual([]);
  });

  it('finds the question form, "imagine being …", and an insult noun used as a label for conduct', () => {
    expect(found('@mike_dev are you genuinely this dense or just pretending?')).toEqual(['are you genuinely this dense']);
    expect(found('imagine being this clueless and still getting promoted')).toEqual(['imagine being this clueless']);
    expect(found('Absolute clown behaviour from @ops_guy today.')).toEqual(['Absolute clown behaviour']);
    expect(found('Clown behaviour from me today, forgot my laptop')).toEqual([]);
    expect(found('are you kidding me? imagine being this happy')).toEqual([]);
  });

  it('takes a strongly negative AFINN word as a character word or as the head', () => {
    expect(found("you're a terrible person")).toEqual(["you're a terrible person"]);
    expect(found("you're a nightmare to work with")).toEqual(["you're a nightmare"]);
    expect(found('a washed-up hack like you')).toEqual(['a washed-up hack like you']);
  });

  it('finds a quality likened to a dull object, a call at the end of a clause, and two words after "walking"', () => {
    expect(found('@kim you have the emotional intelligence of a brick.')).toEqual(['you have the emotional intelligence of a brick']);
    expect(found("You've got the memory of a goldfish lol")).toEqual(["You've got the memory of a goldfish"]);
    expect(found('You have the patience of a saint, and the heart of a lion.')).toEqual([]);
    expect(found('@ravi stop embarrassing yourself, you fraud.')).toEqual(['you fraud']);
    expect(found('you cheat at cards, admit it')).toEqual([]);
    expect(found('you are a walking code smell')).toEqual(['you are a walking code smell']);
    expect(found("you're a walking encyclopedia")).toEqual([]);
  });

  it('calls a plain word for a person an insult only with a character word, and reads past an unlisted modifier', () => {
    expect(found('@gus what a spineless little man.')).toEqual(['what a spineless little man']);
    expect(found('what a man you are! He is a kind man.')).toEqual([]);
    expect(found('spare us your hot takes, you attention-seeking grifter.')).toEqual(['you attention-seeking grifter']);
  });

  it('finds an insult used as the label for people: those/these, "the idiot in …", a group of, a bare clause', () => {
    expect(found('those buffoons upstairs approved the wrong budget')).toEqual(['those buffoons']);
    expect(found('the idiots on the Heron team broke staging again')).toEqual(['the idiots']);
    expect(found('The dimwits running QA signed off on it anyway.')).toEqual(['The dimwits']);
    expect(found('a pack of halfwits wrote this spec')).toEqual(['pack of halfwits']);
    expect(found('Their engineers copied us. pathetic losers.')).toEqual(['pathetic losers']);
    expect(labels('Spineless cowards, every one of them.')).toEqual(['name-calling']);
  });

  it('leaves a label alone when it is the writer, a literal role, or a word that names a harmless thing', () => {
    expect(found('the idiot in me wanted to click it')).toEqual([]);
    expect(found('I felt like the idiot in the room')).toEqual([]);
    expect(found('The clowns at my niece\'s birthday party were brilliant.')).toEqual([]);
    expect(found('The hack in the build script saved us a day.')).toEqual([]);
    expect(found("The weasel in our garden keeps stealing the cat's food.")).toEqual([]);
    expect(found("Contoso's support team is a bunch of amateurs")).toEqual([]);
    expect(found('The idiot box is what my gran called the TV.')).toEqual([]);
  });

  it('finds a character superlative said of a person, not of the writer', () => {
    expect(found('this customer is the rudest human alive')).toEqual(['the rudest human']);
    expect(found('our new manager is the most incompetent manager I have met')).toEqual(['the most incompetent manager']);
    expect(found("I'm the laziest person on the team before coffee.")).toEqual([]);
    expect(found('She is the kindest person I know.')).toEqual([]);
  });

  it('finds "some absolute X in …" for any plain noun, and "the single most useless person"', () => {
    expect(found('Some absolute walnut in accounts approved the invoice.')).toEqual(['Some absolute walnut']);
    expect(found('congrats on being the single most useless person in this channel')).toEqual(['the single most useless person']);
    expect(found('Our new VP is a gutless yes-man.')).toEqual(['a gutless yes-man']);
    expect(found('Some absolute legend in accounts sorted my expenses.')).toEqual([]);
    expect(found('that absolute path in the config is wrong')).toEqual([]);
    expect(found('some absolute chaos in the repo today')).toEqual([]);
  });

  it('finds an insult said of people as what they are, or what a place is run by', () => {
    expect(found('Honestly the folks in procurement are morons.')).toEqual(['morons']);
    expect(found('The night-shift NOC crew are useless muppets')).toEqual(['useless muppets']);
    expect(found('my manager is an idiot and a dick')).toEqual(['an idiot']);
    expect(found('The contractors we hired were incompetent fools')).toEqual(['incompetent fools']);
    expect(found('a company run by idiots')).toEqual(['idiots']);
    expect(labels('that reviewer is a total prick')).toEqual(['name-calling']);
  });

  it('takes a noun that also names a role or a costume only with a character word or people at work as the subject', () => {
    expect(found("Fabrikam's lawyers are clowns and we'll win.")).toEqual(['clowns']);
    expect(found('Their devs are complete clowns')).toEqual(['complete clowns']);
    expect(found('The kids were clowns for Halloween, so cute')).toEqual([]);
    expect(found('The pilots are amateurs in the league, not pros.')).toEqual([]);
  });

  it('leaves a predicate about the writer, a thing, or a negated one', () => {
    expect(found('We were all idiots for a day at the improv workshop')).toEqual([]);
    expect(found('The three of us were total clowns at karaoke.')).toEqual([]);
    expect(found('That bug is a coward, it hides from the debugger.')).toEqual([]);
    expect(found("They are not idiots, they are busy. He's no fool.")).toEqual([]);
    expect(found("Don't be a fool, wear sunscreen.")).toEqual([]);
  });

  it('needs the vocative noun to end the phrase', () => {
    expect(found('Did you fool anyone?')).toEqual([]);
    expect(found('Are you a robot? Thank you, kind stranger.')).toEqual([]);
    expect(found("You're a bad influence 😂")).toEqual([]);
  });

  it('finds a word that insults only when said of someone, said of one person at work or by name', () => {
    expect(found('Their CISO is a fraud.')).toEqual(['a fraud']);
    expect(found("Fabrikam's new CTO is a total joke.")).toEqual(['a total joke']);
    expect(found('the VP who signed this off is a snake')).toEqual(['a snake']);
    expect(found('Kevin from finance is an absolute disgrace.')).toEqual(['an absolute disgrace']);
    expect(found('Dana Whitfield is a fraud who took credit for the launch.')).toEqual(['a fraud']);
    expect(labels('Our head of sales is a joke')).toEqual(['name-calling']);
  });

  it('leaves that verdict alone when it is said of a thing, a service, a product name or the writer', () => {
    expect(found('The release was a joke, we rolled it back.')).toEqual([]);
    expect(found('Their support is a joke.')).toEqual([]);
    expect(found("Fabrikam's SDK is a nightmare to install.")).toEqual([]);
    expect(found('The demo our CTO gave was a joke about cats.')).toEqual([]);
    expect(found('Some days I feel like a fraud. Our VP is a fan of RFCs.')).toEqual([]);
  });

  it('finds a clause of nothing but a strong degree word and a plural insult', () => {
    expect(found('Their support told us to reboot it. Absolute clowns.')).toEqual(['Absolute clowns']);
    expect(found('Total idiots, honestly.')).toEqual(['Total idiots']);
    expect(found('Complete amateurs, but we had fun.')).toEqual([]);
    expect(found('Absolute clowns at the birthday party, the kids loved them.')).toEqual([]);
  });

  it('does not read "you" as the one insulted when it is who is given something', () => {
    expect(found('When someone brings you a problem, ask what they tried.')).toEqual([]);
    expect(found("It'll cause you a headache later.")).toEqual([]);
  });
});
