// Live check of the SPF policy form: re-lints the record a moment after typing stops.
// The server-rendered findings stay when this script does not run.
document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('spf-form');
    const box = document.getElementById('spf-findings');
    if (!form || !box) {
        return;
    }
    const record = form.querySelector('[name="record"]');
    const name = form.querySelector('[name="name"]');
    const domain = form.querySelector('[name="domain"]');
    const csrf = form.querySelector('input[name="_csrf"]');
    let timer = null;
    let latest = 0;

    const render = (result) => {
        const heading = box.querySelector('h2');
        box.replaceChildren(heading);
        const findings = result.findings || [];
        if (findings.length === 0) {
            const p = document.createElement('p');
            p.className = 'help';
            p.textContent = box.dataset.none;
            box.appendChild(p);
        } else {
            const list = document.createElement('ul');
            findings.forEach(f => {
                const item = document.createElement('li');
                item.className = 'finding ' + String(f.severity).toLowerCase();
                const severity = document.createElement('strong');
                severity.textContent = box.dataset[String(f.severity).toLowerCase()] || f.severity;
                const message = document.createElement('span');
                message.textContent = ' ' + f.message + (f.position === null || f.position === undefined ? '' : ' (' + f.position + ')');
                item.append(severity, message);
                list.appendChild(item);
            });
            box.appendChild(list);
        }
        if (result.strings && result.strings.length > 1) {
            const p = document.createElement('p');
            p.className = 'help';
            p.textContent = box.dataset.strings + ' ' + result.strings.length;
            box.appendChild(p);
        }
    };

    const check = () => {
        const ticket = ++latest;
        const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
        if (csrf) {
            headers['X-CSRF-TOKEN'] = csrf.value;
        }
        fetch(box.dataset.lintUrl, {
            method: 'POST',
            credentials: 'same-origin',
            headers: headers,
            body: JSON.stringify({
                domain: domain ? domain.value : '',
                name: name ? name.value : '@',
                record: record.value
            })
        }).then(response => {
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.json();
        }).then(result => {
            if (ticket === latest) {
                render(result);
            }
        }).catch(() => {
            if (ticket === latest) {
                render({findings: [{severity: 'INFO', message: box.dataset.failed}]});
            }
        });
    };

    const schedule = () => {
        clearTimeout(timer);
        timer = setTimeout(check, 400);
    };
    [record, name, domain].filter(Boolean).forEach(input => input.addEventListener('input', schedule));
    if (domain) {
        domain.addEventListener('change', schedule);
    }
});
