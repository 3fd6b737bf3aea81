import { define } from '../define.js';
import { InnProfile } from './inn-profile.js';

define('inn-profile', InnProfile);
