import { mount } from '../../common/mount';
import { ActivityApp } from './activity-app';

mount(<ActivityApp />, 'compact');
