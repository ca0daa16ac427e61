import { mount } from '../../common/mount';
import { GadgetApp } from './gadget-app';

mount(<GadgetApp />);
