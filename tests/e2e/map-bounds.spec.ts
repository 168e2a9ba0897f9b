// The map opens on the places of the missions it shows, wherever they are: a letter about a
// mission in Cambodia, far outside the ring around Europe, shows its marker on arrival.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MapPage, openApp } from './pages/app-page';

/** A short letter of the genre, written for this test: one mission in Asia, one in Europe. */
const LETTER = `Tweede Kamer der Staten-Generaal                                        2
Vergaderjaar 1991–1992

22 181                  Nederlandse deelname aan vredesoperaties

Nr. 17                  BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN
                        DEFENSIE

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 19 juni 1992

Met deze brief melden wij uw Kamer twee Nederlandse bijdragen aan
vredesoperaties van de Verenigde Naties. Nederland draagt vanaf juli 1992
met een bataljon mariniers bij aan UNTAC in Cambodja. Daarnaast blijft
Nederland met een verbindingsbataljon deelnemen aan UNPROFOR in het
voormalige Joegoslavië.

De Minister van Buitenlandse Zaken,
H. van den Broek

De Minister van Defensie,
A.L. ter Beek
`;

/** Pastes a letter on /open/ and opens it; resolves once its overview is shown. */
async function pasteAndOpen(page: Page, text: string) {
  await openApp(page, './open/');
  await page.getByRole('textbox', { name: /^(Letter text|Tekst van de brief)$/ }).fill(text);
  await page.getByRole('button', { name: /^(Open|Openen)$/, exact: true }).click();
  await expect(page).toHaveURL(/\/\?letter=[0-9a-f]{12}$/);
  await expect(page.getByRole('complementary', { name: 'Opened letter' })).toBeVisible();
}

/** A mission's first marker on the map, by the start of its accessible name. */
function marker(page: Page, name: RegExp) {
  return page.getByRole('button', { name }).first();
}

/** Asserts that `inner` is drawn wholly inside `outer`: on the map, not past its edge. */
async function expectInside(inner: Locator, outer: Locator) {
  await expect(inner).toBeAttached();
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  expect(a, 'the marker has a box').not.toBeNull();
  expect(b, 'the map has a box').not.toBeNull();
  if (!a || !b) return;
  expect(a.x, 'left edge').toBeGreaterThanOrEqual(b.x);
  expect(a.y, 'top edge').toBeGreaterThanOrEqual(b.y);
  expect(a.x + a.width, 'right edge').toBeLessThanOrEqual(b.x + b.width);
  expect(a.y + a.height, 'bottom edge').toBeLessThanOrEqual(b.y + b.height);
}

test('a mission outside the ring around Europe is in view when the map opens', async ({ page }) => {
  await pasteAndOpen(page, LETTER);
  await page.getByRole('link', { name: 'Map', exact: true }).click();
  await expect(page).toHaveURL(/\/map\/\?letter=[0-9a-f]{12}$/);
  const svg = page.locator('.mk-map__svg');
  await expectInside(marker(page, /UNTAC/), svg);
  await expectInside(marker(page, /UNPROFOR/), svg);
  // Back home after zooming in: the same view, Cambodia still in it.
  await page.getByRole('group', { name: 'Map' }).focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('Home');
  await expect(svg).toHaveAttribute('data-zoom', '1.00');
  await expectInside(marker(page, /UNTAC/), svg);
});

test("the built-in letter's map still shows its missions", async ({ page }) => {
  await new MapPage(page).open();
  const svg = page.locator('.mk-map__svg');
  await expectInside(marker(page, /MINUSMA/), svg);
  await expectInside(marker(page, /enhanced Forward Presence/), svg);
});
