/* The few behaviours of Marquee's pages that need a script; every page works without it. None is
   inline: the pages' Content-Security-Policy runs scripts from this site and those the server
   rendered with the page's nonce only. */
var Marquee = Marquee || {};

/* After an ajax update has redrawn the seat map, put the keyboard focus back on the seat the
   customer just toggled, so that picking seats with Tab and Enter keeps its place. */
Marquee.refocusSeat = function (seatId) {
  var seat = document.querySelector('[data-seat-id="' + seatId + '"]');
  if (seat) {
    seat.focus();
  }
};

/* A hold's countdown: every element with data-seconds-left shows the minutes and seconds left in
   its .countdown-left child (counted from the page's arrival, so the browser's clock may be wrong); when the time is up it shows data-ended-text and
   disables the buttons named in data-disables (space separated ids). */
Marquee.countdowns = function () {
  var timers = document.querySelectorAll('[data-seconds-left]');
  Array.prototype.forEach.call(timers, function (timer) {
    var expires = Date.now() + 1000 * Number(timer.getAttribute('data-seconds-left'));
    var left = timer.querySelector('.countdown-left');
    function tick() {
      var ms = expires - Date.now();
      if (ms <= 0) {
        timer.textContent = timer.getAttribute('data-ended-text');
        timer.classList.add('ended');
        (timer.getAttribute('data-disables') || '').split(' ').forEach(function (id) {
          var button = id && document.getElementById(id);
          if (button) {
            button.disabled = true;
          }
        });
        return;
      }
      var seconds = Math.ceil(ms / 1000);
      var m = Math.floor(seconds / 60);
      var s = seconds % 60;
      left.textContent = m + ':' + (s < 10 ? '0' : '') + s;
      timer.classList.toggle('ending', seconds <= 60);
      setTimeout(tick, (ms % 1000 || 1000) + 20);
    }
    tick();
  });
};

document.addEventListener('DOMContentLoaded', Marquee.countdowns);

/* Buttons that ask before they act (data-confirm: the question) and buttons that print the page
   (data-print). Listened for here rather than in onclick attributes, which the pages'
   Content-Security-Policy does not run. */
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-confirm], [data-print]');
  if (!button) {
    return;
  }
  if (button.hasAttribute('data-print')) {
    window.print();
  } else if (!window.confirm(button.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
