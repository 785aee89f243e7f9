// Starts GOV.UK Frontend's components (skip link, service navigation, details, buttons).
import { initAll } from '../assets/govuk/govuk-frontend.min.js';

initAll();
