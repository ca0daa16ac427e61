import { mount } from '../../common/mount';
import { PiReviewApp } from './pi-review-app';

mount(<PiReviewApp />);
