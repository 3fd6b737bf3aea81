import { define } from '../define.js';
import { InnIndicator } from './inn-indicator.js';

define('inn-indicator', InnIndicator);
