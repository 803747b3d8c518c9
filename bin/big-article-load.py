#!/usr/bin/env python3
"""Load client for docs/reliability.md: CONCURRENCY clients each submit ROUNDS articles of
500,000 characters (an invented news sentence repeated with changing figures) and extract them.
Prints each answer's status and seconds. Usage: bin/big-article-load.py PORT CONCURRENCY ROUNDS
(bin/heap-check starts the service and runs it)."""
import json, random, time, urllib.request, sys, threading
port = sys.argv[1]; conc = int(sys.argv[2]); rounds = int(sys.argv[3])
def post(fn, body, timeout=300):
    data = json.dumps(body, ensure_ascii=False).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/{fn}", data=data, headers={"Content-Type": "application/json"})
    t = time.time()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r: out = r.read(); st = r.status
    except urllib.error.HTTPError as e: out = e.read(); st = e.code
    except Exception as e: return 0, time.time()-t, str(e).encode()
    return st, time.time() - t, out
# realistic big article: repeat invented news sentences to 500k chars
base = "中哈跨境数字物流走廊项目第{n}期在阿拉木图推进,总投资约{m}亿元,来自{k}个国家的{p}余名嘉宾出席。“走廊建成后清关时间将缩短。”哈萨克斯坦数字发展部副部长阿斯兰·努尔别科夫说。"
results = []
def worker(w):
    for r in range(rounds):
        parts = []; n = 0
        while sum(map(len, parts)) < 495000:
            n += 1; parts.append(base.format(n=n + w*100000 + r*1000000, m=n % 9 + 1, k=n % 20 + 3, p=n % 900 + 100))
        text = "".join(parts)[:500000]
        st, dt, out = post("submitArticle", {"text": text})
        results.append(("submit", st, round(dt,2)))
        if st == 200:
            aid = json.loads(out)["articleId"]
            st, dt, out = post("extractFacts", {"articleId": aid})
            results.append(("extract", st, round(dt,2), out[:120] if st != 200 else b""))
ts = [threading.Thread(target=worker, args=(w,)) for w in range(conc)]
[t.start() for t in ts]; [t.join() for t in ts]
for r in results: print(r)
