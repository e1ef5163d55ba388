import sys
from spans import sents, spans
per={}
for l in open(sys.argv[2],encoding='utf-8'):
    l=l.rstrip('\n')
    if not l: continue
    k,_,v=l.partition('=>')
    per[k]=v.split('|') if v else [k]
used=set(); doc=None; n=0
out=open(sys.argv[3],'w',encoding='utf-8')
for sid,s in sents(sys.argv[1]):
    d=sid.split('.p.')[0]
    if d!=doc:
        out.write('-DOCSTART- O\n\n'); doc=d
    tags=['O']*len(s)
    for a,b in spans(s):
        t=' '.join(c[1] for c in s[a:b])
        if t in per:
            used.add(t)
            toks=[c[1] for c in s[a:b]]
            for sub in per[t]:
                st=sub.split(' ')
                for i in range(len(toks)-len(st)+1):
                    if toks[i:i+len(st)]==st:
                        tags[a+i]='B-PER'
                        for k in range(a+i+1,a+i+len(st)): tags[k]='I-PER'
                        n+=1; break
                else: print('NOSUB',t,sub,file=sys.stderr)
    for c,t in zip(s,tags): out.write(c[1]+' '+t+'\n')
    out.write('\n')
print('names',n,'unused',set(per)-used, file=sys.stderr)
