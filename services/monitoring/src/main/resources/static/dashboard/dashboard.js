// The monitoring dashboard: figures from the KPI API, kept live by the KPI stream (GET /kpis/stream).
// Plain JavaScript on purpose: no build chain is needed to run or change it.
// The API needs a bearer token; EventSource cannot send one, so the stream is read with fetch and parsed here.
(function () {
  'use strict';

  var TOKEN_KEY = 'talentcharter.dashboard.token';
  var LANGUAGE_KEY = 'talentcharter.dashboard.language';
  var ACTION_LINES = ['IDENTIFY', 'DEVELOP', 'ATTRACT', 'REALISE', 'MAINTAIN', 'RETAIN'];
  var BUDGET_LINES = ['SUPPORT_AND_LOBBY', 'EXECUTION_CAPACITY', 'INSTRUMENTS', 'DATA_AND_MONITORING'];
  var LEVELS = ['members.active', 'members.front-runners', 'members.sme-share'];
  var RETRY_MIN_MS = 1000;
  var RETRY_MAX_MS = 30000;

  var TEXT = {
    nl: {
      skip: 'Naar de cijfers', title: 'Monitor Talentcharter Limburg', switchTo: 'English', switchLang: 'en',
      accessTitle: 'Toegang',
      accessHelp: 'Plak een token met de rol viewer of operator. Het blijft alleen in dit tabblad bewaard.',
      tokenLabel: 'Token', tokenSubmit: 'Tonen', year: 'Jaar', show: 'Tonen', forget: 'Token vergeten',
      tokenRejected: 'Dit token wordt niet geaccepteerd (verlopen of zonder de rol viewer of operator).',
      loadFailed: 'De cijfers konden niet worden geladen: ',
      budgetTitle: 'Budget tegenover het plan',
      live: 'Live bijgewerkt', connecting: 'Verbinden met de live cijfers...',
      reconnecting: 'Verbinding verbroken, opnieuw verbinden...', updatedAt: 'laatste wijziging',
      lines: { IDENTIFY: 'Talent identificeren', DEVELOP: 'Talent ontwikkelen', ATTRACT: 'Talent aantrekken',
        REALISE: 'Talent verzilveren', MAINTAIN: 'Talent onderhouden', RETAIN: 'Talent behouden' },
      regions: { NOORD_LIMBURG: 'Noord-Limburg', MIDDEN_LIMBURG: 'Midden-Limburg', ZUID_LIMBURG: 'Zuid-Limburg',
        CROSS_BORDER: 'Grensoverschrijdend' },
      budgetLines: { SUPPORT_AND_LOBBY: 'Ondersteuning en lobby', EXECUTION_CAPACITY: 'Uitvoeringscapaciteit',
        INSTRUMENTS: 'Instrumenten', DATA_AND_MONITORING: 'Data en monitoring' },
      units: { COUNT: '', PERCENT: '%', SCORE: 'van 100', DAYS: 'dagen', EUR: 'euro' },
      perMonth: 'Per maand', perRegion: 'Per regio', month: 'Maand', region: 'Regio', value: 'Waarde',
      target: 'Doel', targetOf: function (actual, target, percent) {
        return actual + ' van het jaardoel ' + target + ' (' + percent + ')';
      },
      noTarget: 'Geen jaardoel in het plan', budgetLine: 'Begrotingslijn', planned: 'Gepland',
      committed: 'Verplicht', spent: 'Uitgegeven', remaining: 'Resterend',
      budgetCaption: 'Budget per begrotingslijn in euro'
    },
    en: {
      skip: 'Skip to the figures', title: 'Talent Charter Limburg monitor', switchTo: 'Nederlands', switchLang: 'nl',
      accessTitle: 'Access',
      accessHelp: 'Paste a token with the viewer or operator role. It is kept in this tab only.',
      tokenLabel: 'Token', tokenSubmit: 'Show', year: 'Year', show: 'Show', forget: 'Forget token',
      tokenRejected: 'This token is not accepted (expired, or without the viewer or operator role).',
      loadFailed: 'The figures could not be loaded: ',
      budgetTitle: 'Budget against the plan',
      live: 'Updated live', connecting: 'Connecting to the live figures...',
      reconnecting: 'Connection lost, reconnecting...', updatedAt: 'last change',
      lines: { IDENTIFY: 'Identify talent', DEVELOP: 'Develop talent', ATTRACT: 'Attract talent',
        REALISE: 'Realise talent', MAINTAIN: 'Maintain talent', RETAIN: 'Retain talent' },
      regions: { NOORD_LIMBURG: 'North Limburg', MIDDEN_LIMBURG: 'Central Limburg', ZUID_LIMBURG: 'South Limburg',
        CROSS_BORDER: 'Cross-border' },
      budgetLines: { SUPPORT_AND_LOBBY: 'Support and lobby', EXECUTION_CAPACITY: 'Execution capacity',
        INSTRUMENTS: 'Instruments', DATA_AND_MONITORING: 'Data and monitoring' },
      units: { COUNT: '', PERCENT: '%', SCORE: 'out of 100', DAYS: 'days', EUR: 'euros' },
      perMonth: 'Per month', perRegion: 'Per region', month: 'Month', region: 'Region', value: 'Value',
      target: 'Target', targetOf: function (actual, target, percent) {
        return actual + ' of the yearly target ' + target + ' (' + percent + ')';
      },
      noTarget: 'No yearly target in the plan', budgetLine: 'Budget line', planned: 'Planned',
      committed: 'Committed', spent: 'Spent', remaining: 'Remaining',
      budgetCaption: 'Budget per budget line in euros'
    }
  };

  var state = {
    language: TEXT[localStorage.getItem(LANGUAGE_KEY)] ? localStorage.getItem(LANGUAGE_KEY) : 'nl',
    year: initialYear(),
    kpis: [],          // KpiView of every KPI for the year, in API order
    values: {},        // cell key (kpi/period/dimension) -> value, from the API and then from the stream
    budget: null,
    stream: null,      // AbortController of the open stream
    lastEventId: null, // the stream position to resume from after a reconnect
    lastChange: null
  };

  function $(id) { return document.getElementById(id); }
  function t() { return TEXT[state.language]; }

  function initialYear() {
    var asked = parseInt(new URLSearchParams(location.search).get('year'), 10);
    return asked >= 2000 && asked <= 2100 ? asked : new Date().getFullYear();
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function number(value, digits) {
    return new Intl.NumberFormat(state.language === 'nl' ? 'nl-NL' : 'en-GB',
      { maximumFractionDigits: digits === undefined ? 1 : digits }).format(value);
  }

  function euros(value) {
    return new Intl.NumberFormat(state.language === 'nl' ? 'nl-NL' : 'en-GB',
      { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
  }

  function cell(kpi, period, dimension) { return kpi + '/' + period + '/' + dimension; }
  function yearCode() { return state.year + 'JJ00'; }
  function monthCode(month) { return state.year + 'MM' + (month < 10 ? '0' : '') + month; }

  function monthName(month) {
    return new Intl.DateTimeFormat(state.language === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short' })
      .format(new Date(Date.UTC(2000, month - 1, 15)));
  }

  function title(kpi) { return state.language === 'nl' ? kpi.titleNl : kpi.titleEn; }

  // ---- access ------------------------------------------------------------------------------------

  function token() { return sessionStorage.getItem(TOKEN_KEY); }

  function api(path) {
    return fetch(path, { headers: { Authorization: 'Bearer ' + token(), Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 401 || response.status === 403) {
          throw new TokenRejected();
        }
        if (!response.ok) {
          throw new Error(response.status + ' ' + path);
        }
        return response.json();
      });
  }

  function TokenRejected() { this.message = 'token rejected'; }

  function askForToken(rejected) {
    stopStream();
    $('main').hidden = true;
    $('access').hidden = false;
    $('token-error').textContent = rejected ? t().tokenRejected : '';
    $('token').focus();
  }

  // ---- loading -----------------------------------------------------------------------------------

  /**
   * Opens the stream at its end first and reads the figures once it is open, so no change falls between the
   * figures read and the stream; changes that arrive while the figures load are applied after them.
   */
  function load() {
    $('access').hidden = true;
    $('main').hidden = false;
    $('year').value = state.year;
    state.ready = false;
    state.pending = [];
    state.lastEventId = null;
    startStream();
  }

  function loadFigures() {
    var year = yearCode();
    return api('/kpis?period=' + year).then(function (kpis) {
      var values = {};
      kpis.forEach(function (kpi) { values[kpi.key] = kpi.value; });
      var cuts = kpis.map(function (kpi) {
        return Promise.all([
          api('/kpis/' + kpi.kpi + '/series?year=' + state.year + '&periodType=MONTH'),
          api('/kpis/' + kpi.kpi + '/breakdown?period=' + year + '&by=REGION')
        ]).then(function (both) {
          both[0].concat(both[1]).forEach(function (view) { values[view.key] = view.value; });
        });
      });
      return Promise.all(cuts.concat([api('/budget').then(function (budget) { state.budget = budget; })]))
        .then(function () {
          state.kpis = kpis;
          state.values = values;
        });
    }).then(function () {
      state.ready = true;
      render();
      state.pending.splice(0).forEach(apply);
    }).catch(function (error) {
      if (error instanceof TokenRejected) {
        askForToken(true);
      } else {
        $('live').textContent = t().loadFailed + error.message;
      }
    });
  }

  // ---- rendering ---------------------------------------------------------------------------------

  function applyLanguage() {
    var text = t();
    document.documentElement.lang = state.language;
    document.querySelectorAll('[data-i18n]').forEach(function (element) {
      element.textContent = text[element.getAttribute('data-i18n')];
    });
    var button = $('language');
    button.textContent = text.switchTo;
    button.lang = text.switchLang;
    document.title = text.title;
  }

  function render() {
    applyLanguage();
    var lines = $('lines');
    lines.innerHTML = '';
    ACTION_LINES.forEach(function (line) {
      var kpis = state.kpis.filter(function (kpi) { return kpi.actionLine === line; });
      if (kpis.length === 0) {
        return;
      }
      var section = document.createElement('section');
      section.className = 'line';
      section.setAttribute('aria-labelledby', 'line-' + line);
      section.innerHTML = '<h2 id="line-' + line + '">' + escapeHtml(t().lines[line]) + '</h2><div class="cards"></div>';
      kpis.forEach(function (kpi) {
        var card = document.createElement('article');
        card.className = 'kpi';
        card.id = 'kpi-' + kpi.kpi;
        card.setAttribute('aria-labelledby', 'title-' + kpi.kpi);
        section.querySelector('.cards').appendChild(card);
        renderCard(card, kpi);
      });
      lines.appendChild(section);
    });
    renderBudget();
    renderLive();
  }

  function renderCard(card, kpi) {
    var text = t();
    var actual = state.values[cell(kpi.kpi, yearCode(), 'ALL')] || 0;
    var unit = text.units[kpi.unit] || '';
    var months = [];
    for (var m = 1; m <= 12; m++) {
      months.push({ label: monthName(m), value: state.values[cell(kpi.kpi, monthCode(m), 'ALL')] || 0 });
    }
    var regions = Object.keys(text.regions).map(function (region) {
      return { label: text.regions[region],
        value: state.values[cell(kpi.kpi, yearCode(), 'REGION:' + region)] || 0 };
    });
    var definition = state.language === 'nl' ? kpi.definitionNl : kpi.definitionEn;
    card.innerHTML =
      '<h3 id="title-' + kpi.kpi + '">' + escapeHtml(title(kpi)) + ' ' + state.year + '</h3>' +
      (definition ? '<p class="definition">' + escapeHtml(definition) + '</p>' : '') +
      '<p class="figure"><span class="value" data-key="' + escapeHtml(cell(kpi.kpi, yearCode(), 'ALL')) + '">' +
      escapeHtml(number(actual)) + '</span> <span class="unit">' + escapeHtml(unit) + '</span></p>' +
      targetFigure(kpi, actual) +
      chart('trend-' + kpi.kpi, text.perMonth, text.month, months, monthlyReference(kpi)) +
      (kpi.cutByMember === false ? '' : chart('regions-' + kpi.kpi, text.perRegion, text.region, regions, null));
  }

  /**
   * The dashed line in a monthly trend: a level KPI (members active at the end of a month) is held against the
   * yearly target itself, a flow KPI (members joined in a month) against a twelfth of it.
   */
  function monthlyReference(kpi) {
    if (!kpi.target) {
      return null;
    }
    return LEVELS.indexOf(kpi.kpi) >= 0 ? kpi.target : kpi.target / 12;
  }

  /** Target against actual: a bar filled to the share of the yearly target reached. */
  function targetFigure(kpi, actual) {
    var text = t();
    if (kpi.target === undefined || kpi.target === null) {
      return '<p class="progress-text empty">' + escapeHtml(text.noTarget) + '</p>';
    }
    var share = kpi.target > 0 ? actual / kpi.target : 0;
    var percent = new Intl.NumberFormat(state.language === 'nl' ? 'nl-NL' : 'en-GB',
      { style: 'percent', maximumFractionDigits: 0 }).format(share);
    var width = Math.max(0, Math.min(1, share)) * 300;
    var sentence = text.targetOf(number(actual), number(kpi.target, 0), percent);
    return '<svg viewBox="0 0 300 14" aria-hidden="true" focusable="false">' +
      '<rect x="0" y="1" width="300" height="12" fill="#ffffff" stroke="#4a4a4a"/>' +
      '<rect x="0" y="1" width="' + width.toFixed(1) + '" height="12" fill="#1d4f91"/></svg>' +
      '<p class="progress-text">' + escapeHtml(sentence) + '</p>';
  }

  /**
   * A bar chart as inline SVG, hidden from assistive technology, with the same figures in a visually hidden
   * table as its text alternative. {@code reference} draws a dashed line (e.g. the monthly share of the target).
   */
  function chart(id, caption, labelHeader, points, reference) {
    var width = 320, height = 136, top = 14, bottom = 20, left = 4;
    var max = Math.max.apply(null, points.map(function (p) { return p.value; }).concat([reference || 0, 1]));
    var slot = (width - left) / points.length;
    var bars = points.map(function (point, i) {
      var h = (point.value / max) * (height - top - bottom);
      var x = left + i * slot + slot * 0.15;
      var y = height - bottom - h;
      return '<rect x="' + x.toFixed(1) + '" y="' + y.toFixed(1) + '" width="' + (slot * 0.7).toFixed(1) +
        '" height="' + h.toFixed(1) + '" fill="#1d4f91"/>' +
        (point.value > 0 ? '<text x="' + (x + slot * 0.35).toFixed(1) + '" y="' + (y - 1).toFixed(1) +
          '" text-anchor="middle">' + escapeHtml(number(point.value)) + '</text>' : '') +
        '<text x="' + (x + slot * 0.35).toFixed(1) + '" y="' + (height - 6) + '" text-anchor="middle">' +
        escapeHtml(shorten(point.label, slot)) + '</text>';
    }).join('');
    var line = '';
    if (reference) {
      var ry = height - bottom - (reference / max) * (height - top - bottom);
      line = '<line x1="0" x2="' + width + '" y1="' + ry.toFixed(1) + '" y2="' + ry.toFixed(1) +
        '" stroke="#8a3b00" stroke-width="1.5" stroke-dasharray="4 3"/>';
    }
    var rows = points.map(function (point) {
      return '<tr><th scope="row">' + escapeHtml(point.label) + '</th><td>' + escapeHtml(number(point.value)) +
        '</td></tr>';
    }).join('');
    return '<figure id="' + id + '"><figcaption>' + escapeHtml(caption) + '</figcaption>' +
      '<svg viewBox="0 0 ' + width + ' ' + height + '" aria-hidden="true" focusable="false">' +
      '<line x1="0" x2="' + width + '" y1="' + (height - bottom) + '" y2="' + (height - bottom) +
      '" stroke="#4a4a4a"/>' + bars + line + '</svg>' +
      '<table class="visually-hidden"><caption>' + escapeHtml(caption) + '</caption><thead><tr><th scope="col">' +
      escapeHtml(labelHeader) + '</th><th scope="col">' + escapeHtml(t().value) + '</th></tr></thead><tbody>' +
      rows + '</tbody></table></figure>';
  }

  function shorten(label, room) {
    var fits = Math.max(3, Math.floor(room / 5.5));
    return label.length > fits ? label.slice(0, fits - 1) + '.' : label;
  }

  /** Planned, committed and spent per budget line as grouped horizontal bars, with a table alternative. */
  function renderBudget() {
    var text = t();
    var body = $('budget-body');
    if (!state.budget) {
      body.innerHTML = '';
      return;
    }
    var lines = BUDGET_LINES.map(function (name) {
      return state.budget.lines.filter(function (line) { return line.line === name; })[0] ||
        { line: name, planned: 0, committed: 0, spent: 0, remaining: 0 };
    });
    var max = Math.max.apply(null, lines.map(function (l) { return Math.max(l.planned, l.committed, l.spent); })
      .concat([1]));
    var labelWidth = 170, width = 900, rowHeight = 40, barWidth = width - labelWidth - 10;
    var rows = lines.map(function (line, i) {
      var y = i * rowHeight + 4;
      function bar(value, dy, fill) {
        return '<rect x="' + labelWidth + '" y="' + (y + dy) + '" height="10" width="' +
          (value / max * barWidth).toFixed(1) + '" fill="' + fill + '" stroke="#1b1b1b" stroke-width="0.5"/>';
      }
      return '<text x="0" y="' + (y + 18) + '" class="budget-label">' + escapeHtml(text.budgetLines[line.line]) +
        '</text>' + bar(line.planned, 0, '#ffffff') + bar(line.committed, 12, '#5b8fd1') +
        bar(line.spent, 24, '#1d4f91');
    }).join('');
    var tableRows = lines.map(function (line) {
      return '<tr><th scope="row">' + escapeHtml(text.budgetLines[line.line]) + '</th><td>' + euros(line.planned) +
        '</td><td>' + euros(line.committed) + '</td><td>' + euros(line.spent) + '</td><td>' +
        euros(line.remaining) + '</td></tr>';
    }).join('');
    body.innerHTML =
      '<p class="budget-totals"><span>' + escapeHtml(text.planned) + ' <strong>' + escapeHtml(euros(state.budget.planned)) +
      '</strong></span> <span>' + escapeHtml(text.committed) + ' <strong>' + escapeHtml(euros(state.budget.committed)) +
      '</strong></span> <span>' + escapeHtml(text.spent) + ' <strong>' + escapeHtml(euros(state.budget.spent)) +
      '</strong></span></p>' +
      '<ul class="legend"><li><span class="swatch planned"></span>' + escapeHtml(text.planned) + '</li>' +
      '<li><span class="swatch committed"></span>' + escapeHtml(text.committed) + '</li>' +
      '<li><span class="swatch spent"></span>' + escapeHtml(text.spent) + '</li></ul>' +
      '<svg viewBox="0 0 ' + width + ' ' + (lines.length * rowHeight) + '" aria-hidden="true" focusable="false">' +
      rows + '</svg>' +
      '<table class="visually-hidden"><caption>' + escapeHtml(text.budgetCaption) + '</caption><thead><tr>' +
      '<th scope="col">' + escapeHtml(text.budgetLine) + '</th><th scope="col">' + escapeHtml(text.planned) +
      '</th><th scope="col">' + escapeHtml(text.committed) + '</th><th scope="col">' + escapeHtml(text.spent) +
      '</th><th scope="col">' + escapeHtml(text.remaining) + '</th></tr></thead><tbody>' + tableRows +
      '</tbody></table>';
  }

  function renderLive(status) {
    if (status) {
      state.status = status;
    }
    var text = t();
    var line = text[state.status || 'connecting'];
    if (state.lastChange) {
      line += ' (' + text.updatedAt + ' ' + state.lastChange.toLocaleTimeString(
        state.language === 'nl' ? 'nl-NL' : 'en-GB') + ')';
    }
    $('live').textContent = line;
  }

  // ---- the live stream ---------------------------------------------------------------------------

  /**
   * Applies one KPI snapshot to the card it belongs to (only for the year shown), then re-reads that KPI's
   * figures: an event also moves cells it does not announce (e.g. the members active at the end of every later
   * month), and the API computes them all.
   */
  function apply(snapshot) {
    if (!state.ready) {
      state.pending.push(snapshot);
      return;
    }
    if (!snapshot || !snapshot.key || snapshot.period.indexOf(String(state.year)) !== 0) {
      return;
    }
    var kpi = state.kpis.filter(function (k) { return k.kpi === snapshot.kpi; })[0];
    if (!kpi || state.values[snapshot.key] === snapshot.value) {
      return;
    }
    state.values[snapshot.key] = snapshot.value;
    redraw(kpi);
    rereadSoon(kpi);
  }

  function redraw(kpi) {
    var card = $('kpi-' + kpi.kpi);
    if (card) {
      renderCard(card, kpi);
      state.lastChange = new Date();
      renderLive();
    }
  }

  /** One re-read per KPI at a time: a burst of snapshots (a replay, a busy hour) costs one round of requests. */
  function rereadSoon(kpi) {
    state.rereads = state.rereads || {};
    if (state.rereads[kpi.kpi]) {
      state.rereads[kpi.kpi].again = true;
      return;
    }
    var year = state.year;
    var reread = state.rereads[kpi.kpi] = { again: false };
    setTimeout(function () {
      Promise.all([
        api('/kpis/' + kpi.kpi + '?period=' + year + 'JJ00'),
        api('/kpis/' + kpi.kpi + '/series?year=' + year + '&periodType=MONTH'),
        api('/kpis/' + kpi.kpi + '/breakdown?period=' + year + 'JJ00&by=REGION')
      ]).then(function (read) {
        if (year === state.year) {
          [read[0]].concat(read[1], read[2]).forEach(function (view) { state.values[view.key] = view.value; });
          redraw(kpi);
        }
      }, function () {
        // the next snapshot tries again; the figures shown stay those of the stream
      }).then(function () {
        delete state.rereads[kpi.kpi];
        if (reread.again) {
          rereadSoon(kpi);
        }
      });
    }, 300);
  }

  function stopStream() {
    if (state.stream) {
      state.stream.abort();
      state.stream = null;
    }
  }

  /** Follows the stream; reconnects after a failure with a growing pause, resuming from the last event id. */
  function startStream() {
    stopStream();
    var controller = new AbortController();
    state.stream = controller;
    var pause = RETRY_MIN_MS;
    function connect() {
      if (controller.signal.aborted) {
        return;
      }
      renderLive('connecting');
      var headers = { Authorization: 'Bearer ' + token(), Accept: 'text/event-stream' };
      if (state.lastEventId) {
        headers['Last-Event-ID'] = state.lastEventId;
      }
      fetch('/kpis/stream?from=end', { headers: headers, signal: controller.signal, cache: 'no-store' })
        .then(function (response) {
          if (response.status === 401 || response.status === 403) {
            throw new TokenRejected();
          }
          if (!response.ok || !response.body) {
            throw new Error('stream ' + response.status);
          }
          renderLive('live');
          pause = RETRY_MIN_MS;
          return readEvents(response.body, function (event) {
            if (event.id !== null) {
              state.lastEventId = event.id;
            }
            if (event.type === 'position' && !state.ready && !state.loading) {
              // the stream now stands at its end: figures read from here on miss no change
              state.loading = true;
              loadFigures().then(function () { state.loading = false; });
            }
            if (event.type === 'kpi') {
              try {
                apply(JSON.parse(event.data));
              } catch (ignored) {
                // a snapshot this page cannot read must not stop the stream
              }
            }
          });
        })
        .then(retry, function (error) {
          if (error instanceof TokenRejected) {
            askForToken(true);
          } else {
            retry();
          }
        });
    }
    function retry() {
      if (controller.signal.aborted) {
        return;
      }
      renderLive('reconnecting');
      setTimeout(connect, pause);
      pause = Math.min(pause * 2, RETRY_MAX_MS);
    }
    connect();
  }

  /**
   * Parses a text/event-stream body (the WHATWG rules: fields per line, an empty line ends an event, lines
   * starting with a colon are comments) and calls {@code onEvent} with {type, data, id} per event.
   */
  function readEvents(body, onEvent) {
    var reader = body.pipeThrough(new TextDecoderStream()).getReader();
    var buffer = '';
    var event = { type: 'message', data: [], id: null };
    function line(text) {
      if (text === '') {
        if (event.data.length > 0) {
          onEvent({ type: event.type, data: event.data.join('\n'), id: event.id });
        } else if (event.id !== null) {
          onEvent({ type: 'none', data: '', id: event.id });
        }
        event = { type: 'message', data: [], id: null };
        return;
      }
      if (text.charAt(0) === ':') {
        return;
      }
      var colon = text.indexOf(':');
      var field = colon < 0 ? text : text.slice(0, colon);
      var value = colon < 0 ? '' : text.slice(colon + 1);
      if (value.charAt(0) === ' ') {
        value = value.slice(1);
      }
      if (field === 'data') {
        event.data.push(value);
      } else if (field === 'event') {
        event.type = value;
      } else if (field === 'id' && value.indexOf('\u0000') < 0) {
        event.id = value;
      }
    }
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          return;
        }
        buffer += chunk.value;
        var lines = buffer.split('\n');
        buffer = lines.pop();
        lines.forEach(function (text) { line(text.charAt(text.length - 1) === '\r' ? text.slice(0, -1) : text); });
        return pump();
      });
    }
    return pump();
  }

  // ---- wiring ------------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', function () {
    applyLanguage();
    $('language').addEventListener('click', function () {
      state.language = t().switchLang;
      localStorage.setItem(LANGUAGE_KEY, state.language);
      if (state.kpis.length > 0) {
        render();
      } else {
        applyLanguage();
      }
    });
    $('token-form').addEventListener('submit', function (submit) {
      submit.preventDefault();
      var value = $('token').value.trim().replace(/^Bearer\s+/i, '');
      if (value === '') {
        return;
      }
      sessionStorage.setItem(TOKEN_KEY, value);
      $('token').value = '';
      load();
    });
    $('year-form').addEventListener('submit', function (submit) {
      submit.preventDefault();
      var year = parseInt($('year').value, 10);
      if (year >= 2000 && year <= 2100) {
        state.year = year;
        history.replaceState(null, '', '?year=' + year);
        load();
      }
    });
    $('forget').addEventListener('click', function () {
      sessionStorage.removeItem(TOKEN_KEY);
      askForToken(false);
    });
    if (token()) {
      load();
    } else {
      askForToken(false);
    }
  });
}());
