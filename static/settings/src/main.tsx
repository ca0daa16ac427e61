import { mount } from '../../common/mount';
import { SettingsApp } from './settings-app';

mount(<SettingsApp />);
