// Follows a running push: polls its progress and redraws hosts and steps as they come.
(() => {
    const root = document.getElementById('push');
    if (!root) {
        return;
    }
    const url = root.dataset.progressUrl;
    const finished = status => !['PENDING', 'RUNNING'].includes(status);

    const el = (tag, text, className) => {
        const node = document.createElement(tag);
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        if (className) {
            node.className = className;
        }
        return node;
    };
    const badgeClass = status => status === 'SUCCEEDED' || status === 'OK' || status === 'REFUSED' ? 'badge ok'
        : ['FAILED', 'ROLLED_BACK', 'INTERRUPTED', 'OPEN_RELAY'].includes(status) ? 'badge bad' : 'badge warn';

    const renderHost = host => {
        const card = el('div', null, 'card push-host');
        const title = el('h2');
        title.append(el('span', host.hostName), ' ', el('span', host.status, badgeClass(host.status)));
        card.append(title, el('p', host.message));
        if (host.relayVerdict) {
            const relay = el('p');
            relay.append(el('strong', 'Relay probe'), ': ', el('span', host.relayVerdict, badgeClass(host.relayVerdict)), ' ',
                el('span', host.relayDetail));
            card.append(relay);
        }
        if (host.dnsAnswers) {
            card.append(el('pre', host.dnsAnswers));
        }
        const table = el('table');
        (host.steps || []).forEach(step => {
            const row = el('tr');
            const command = el('td');
            command.append(el('span', step.command, 'mono'), el('br'), el('small', step.purpose));
            const output = el('td');
            if (step.stdout) {
                output.append(el('pre', step.stdout));
            }
            if (step.stderr) {
                output.append(el('pre', step.stderr));
            }
            const status = el('td');
            status.append(el('span', step.status, badgeClass(step.status)));
            row.append(el('td', step.phase), command, el('td', step.exitCode), status, output);
            table.append(row);
        });
        card.append(table);
        return card;
    };

    const render = push => {
        const status = document.getElementById('push-status');
        status.textContent = push.status;
        status.className = badgeClass(push.status);
        document.getElementById('push-bar').value = push.progress.percent;
        const p = push.progress;
        document.getElementById('push-counts').textContent = `${p.total} host(s): ${p.succeeded} succeeded, `
            + `${p.rolledBack} rolled back, ${p.failed} failed, ${p.running} running, ${p.pending} waiting`;
        document.getElementById('push-summary').textContent = push.summary || '';
        const hosts = document.getElementById('push-hosts');
        hosts.replaceChildren(...push.hosts.map(renderHost));
    };

    const poll = () => fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
        .then(response => response.ok ? response.json() : Promise.reject(response.status))
        .then(push => {
            render(push);
            if (!finished(push.status)) {
                setTimeout(poll, 1000);
            }
        })
        .catch(() => setTimeout(poll, 3000));

    const initial = document.getElementById('push-status').textContent.trim();
    if (!finished(initial)) {
        setTimeout(poll, 500);
    }
})();
