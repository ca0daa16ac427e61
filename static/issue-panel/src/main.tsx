import { mount } from '../../common/mount';
import { PanelApp } from './panel-app';

mount(<PanelApp />, 'compact');
