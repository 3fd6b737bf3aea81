import { define } from '../define.js';
import { InnDashboard } from './inn-dashboard.js';

define('inn-dashboard', InnDashboard);
