import './app/theme.css';
import { askEarly } from './store/early-start';

// The app's code (React and every view) is requested first, then what a start needs from main:
// main serves both, and the code is quick to send while reading the list is the slowest step.
void import('./start-app');
askEarly();
