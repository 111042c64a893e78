import { registerCatalog } from '../../src/i18n';
import { ru } from '../../src/i18n/ru';

// Pure functions are tested in both languages without the dynamic import app/start.tsx awaits in the browser.
registerCatalog('ru', ru);
