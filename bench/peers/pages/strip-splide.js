// Splide as a logo marquee: loop + the AutoScroll extension, the eight partners as slides.
import { slides } from './strip-common.js';

const B = window.BENCH;
B.partners().then((partners) => {
  const root = document.getElementById('strip');
  root.querySelector('.splide__list').append(...slides(partners, 'splide__slide'));
  new window.Splide(root, {
    type: 'loop', autoWidth: true, gap: '2rem', arrows: false, pagination: false, drag: 'free',
    autoScroll: { speed: 1, pauseOnHover: true, pauseOnFocus: true },
  }).mount({ AutoScroll: window.splide.Extensions.AutoScroll });
  B.whenRendered(() => root.classList.contains('is-initialized') && root.querySelector('.splide__slide'));
  B.interactions = {
    step: () => {
      root.querySelector('.splide__slide.is-active a, .splide__slide a')?.focus();
      return { key: 'Tab' };
    },
    hover: () => B.centre(root.querySelectorAll('.splide__slide')[1]),
  };
}).catch((e) => { B.error = String(e); });
