import { resourceConfig } from '../vite.config.shared';

export default resourceConfig(__dirname);
