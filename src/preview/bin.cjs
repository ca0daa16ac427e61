#!/usr/bin/env node
'use strict';
// `npm start`: registers tsx for CommonJS, then runs the preview (src/preview/main.ts).
require('tsx/cjs');
require('./main.ts');
