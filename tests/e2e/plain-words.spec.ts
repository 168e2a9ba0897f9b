// Plain words in the reader's language (issue 13 §2): mission names in English where the
// lexicon has them, status and organisation words that search finds in both languages, a
// mission page that opens with a summary made from the model, and a glossary behind every
// status badge.
import { expect, test } from '@playwright/test';
import { MissionPage, OverviewPage, SearchPage, openApp, seriousViolations } from './pages/app-page';

interface Mission {
  id: string;
  name: string;
  /** The usual name in English, where the usual name is Dutch. */
  short_en: string | null;
  status: string;
}

test('the English overview names missions in English where the lexicon has an English name', async ({ page, request }) => {
  const model = await (await request.get('downloads/missiekaart-2018.json')).json();
  const missions: Mission[] = model.missions;
  const renamed = missions.filter((m) => m.short_en);
  expect(renamed.map((m) => m.id)).toContain('counter-isis');
  const overview = new OverviewPage(page);
  await overview.open();
  await overview.expectLoaded();
  await expect(overview.mission('Fight against ISIS')).toBeVisible();
  await expect(overview.missions().filter({ hasText: 'Strijd tegen ISIS' })).toHaveCount(0);
  for (const mission of renamed) {
    await expect(overview.mission(mission.short_en!), mission.id).toBeVisible();
    await expect(overview.mission(mission.name), mission.id).toHaveCount(0);
  }
  // In Dutch, the Dutch name.
  await openApp(page, './?lang=nl');
  await expect(overview.mission('Strijd tegen ISIS')).toBeVisible();
  await expect(overview.mission('Fight against ISIS')).toHaveCount(0);
});

test('searching for "decision" or "besluit" finds the missions whose decision is pending', async ({ page, request }) => {
  const model = await (await request.get('downloads/missiekaart-2018.json')).json();
  const pending = (model.missions as Mission[]).filter((m) => m.status === 'decision-pending');
  // Counter-ISIS, MINUSMA, Resolute Support and Atalanta in the 2018 letter.
  expect(pending.map((m) => m.id)).toEqual(['counter-isis', 'minusma', 'resolute-support', 'atalanta']);
  const search = new SearchPage(page);

  await openApp(page, './search/?q=decision');
  const english = search.group(/^Missions/).getByRole('listitem');
  await expect(english).toHaveCount(pending.length);
  for (const name of ['Fight against ISIS', 'MINUSMA', 'Resolute Support', 'Atalanta']) {
    await expect(english.filter({ hasText: name }), name).toHaveCount(1);
  }
  await expect(english.first().locator('mark')).toHaveText('Decision');

  await openApp(page, './search/?q=besluit&lang=nl');
  const dutch = search.group(/^Missies/).getByRole('listitem');
  await expect(dutch).toHaveCount(pending.length);
  await expect(dutch.filter({ hasText: 'Strijd tegen ISIS' })).toHaveCount(1);

  // Organisation words in either language, whatever the interface's.
  await openApp(page, './search/?q=NAVO');
  const nato = search.group(/^Missions/).getByRole('listitem');
  await expect(nato).toHaveCount(3);
  for (const name of ['Resolute Support', 'enhanced Forward Presence', 'NATO Response Force']) {
    await expect(nato.filter({ hasText: name }), name).toHaveCount(1);
  }
});

test('the MINUSMA page opens with a summary made from the model, in the interface language', async ({ page }) => {
  const mission = new MissionPage(page);
  await mission.open('minusma');
  const summary = page.getByTestId('mission-summary');
  await expect(summary).toHaveText(
    'Decision pending: the cabinet will decide soon on a contribution with ‘het verzamelen van informatie’, in 2018.',
  );
  // What is contributed stays in the letter's Dutch, marked as such.
  await expect(summary.locator('[lang="nl"]')).toHaveText('het verzamelen van informatie');
  // The summary comes first; the letter's sentence follows as evidence, introduced in English.
  const why = page.getByRole('region', { name: 'Why this status' });
  const [summaryBox, whyBox] = [await summary.boundingBox(), await why.boundingBox()];
  expect(summaryBox!.y).toBeLessThan(whyBox!.y);
  await expect(why).toContainText('The letter says:');
  await expect(why.locator('blockquote[lang="nl"]')).toBeVisible();

  await openApp(page, './missions/minusma/?lang=nl');
  await expect(summary).toHaveText(
    'Besluit volgt: het kabinet besluit op korte termijn over een bijdrage met het verzamelen van informatie, in 2018.',
  );
  const waarom = page.getByRole('region', { name: 'Waarom deze status' });
  await expect(waarom).toContainText('De brief zegt:');
  await expect(waarom.locator('blockquote[lang="nl"]')).toBeVisible();
});

test('a status badge opens what the status means, and Escape closes it', async ({ page }) => {
  const mission = new MissionPage(page);
  await mission.open('minusma');
  const badge = page.getByRole('button', { name: 'Decision pending', exact: true });
  const glossary = page.locator('#status-help');
  await expect(glossary).toBeHidden();
  // By keyboard.
  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(glossary).toBeVisible();
  await expect(glossary).toContainText('The cabinet has still to decide on a Dutch contribution');
  // Every other status is explained too, Continuing and Ongoing apart.
  await expect(glossary).toContainText('Continuing');
  await expect(glossary).toContainText('unlike ‘Continuing’, the letter says nothing about the next period');
  await page.keyboard.press('Escape');
  await expect(glossary).toBeHidden();
  await expect(badge).toBeFocused();

  // On the overview, each card's badge has its own.
  const overview = new OverviewPage(page);
  await overview.open();
  const card = overview.missions().filter({ has: overview.mission('enhanced Forward Presence') });
  await card.getByRole('button', { name: 'Continuing', exact: true }).click();
  const efp = page.locator('#status-help-efp');
  await expect(efp).toBeVisible();
  await expect(efp).toContainText('goes on into the next period');
  await page.keyboard.press('Escape');
  await expect(efp).toBeHidden();

  // In Dutch.
  await openApp(page, './missions/minusma/?lang=nl');
  await page.getByRole('button', { name: 'Besluit volgt', exact: true }).click();
  await expect(glossary).toContainText('Het kabinet moet nog besluiten');
  await page.keyboard.press('Escape');
  await expect(glossary).toBeHidden();
});

for (const lang of ['en', 'nl']) {
  test(`the mission page has no serious accessibility problems, ${lang}`, async ({ page }) => {
    await openApp(page, `./missions/minusma/${lang === 'nl' ? '?lang=nl' : ''}`);
    await expect(page.getByTestId('mission-summary')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
