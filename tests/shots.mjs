import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const base = 'http://127.0.0.1:8311/missiekaart/';
const only = process.argv[2];
for (const [name, path] of [['overview',''],['timeline','timeline/'],['map','map/'],['mission','missions/minusma/'],['letter','letter/#s-42'],['search','search/?q=Atalanta']]) {
  if (only && !only.split(',').includes(name)) continue;
  for (const [label, vp] of [['desktop',{width:1280,height:800}],['phone',{width:390,height:844}]]) {
    const page = await browser.newPage({ viewport: vp });
    page.on('pageerror', e => console.log(name, 'pageerror', e.message));
    page.on('console', m => { if (m.type()==='error') console.log(name, 'console', m.text().slice(0,300)); });
    await page.goto(base + path);
    await page.waitForTimeout(700);
    if (process.env.SCROLL) await page.evaluate(y => window.scrollTo(0, Number(y)), process.env.SCROLL);
    await page.screenshot({ path: `/tmp/shot-${name}-${label}.png` });
    await page.close();
  }
}
await browser.close();
