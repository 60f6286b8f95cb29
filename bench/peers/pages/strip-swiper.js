// Swiper as a logo marquee: its core ES module with Autoplay, Keyboard and A11y, looping.
import Swiper from '/bench/node_modules/swiper/swiper.min.mjs';
import Autoplay from '/bench/node_modules/swiper/modules/autoplay.min.mjs';
import Keyboard from '/bench/node_modules/swiper/modules/keyboard.min.mjs';
import A11y from '/bench/node_modules/swiper/modules/a11y.min.mjs';
import { slides } from './strip-common.js';

const B = window.BENCH;
B.partners().then((partners) => {
  const root = document.getElementById('strip');
  root.querySelector('.swiper-wrapper').append(...slides(partners, 'swiper-slide'));
  for (const s of root.querySelectorAll('.swiper-slide')) s.style.width = 'auto';
  new Swiper(root, {
    modules: [Autoplay, Keyboard, A11y],
    loop: true, slidesPerView: 'auto', spaceBetween: 32, speed: 4000,
    autoplay: { delay: 0, disableOnInteraction: false, pauseOnMouseEnter: true },
    keyboard: { enabled: true },
  });
  B.whenRendered(() => root.classList.contains('swiper-initialized') && root.querySelector('.swiper-slide'));
  B.interactions = {
    step: () => {
      root.querySelector('.swiper-slide-active a, .swiper-slide a')?.focus();
      return { key: 'Tab' };
    },
    hover: () => B.centre(root.querySelectorAll('.swiper-slide')[1]),
  };
}).catch((e) => { B.error = String(e); });
