# Labelling aid: lists the proper-noun runs of a UD CoNLL-U file with context, guessing 'P' for a run that opens with
# a known first name.  python3 spans.py FILE.conllu FIRST_NAMES.tsv   (a first name in the first column of each line)
import sys, re, json
def sents(path):
    s=[]; sid=None
    for line in open(path, encoding='utf-8'):
        line=line.rstrip('\n')
        if line.startswith('# sent_id'): sid=line.split('=',1)[1].strip()
        elif line.startswith('#'): continue
        elif not line:
            if s: yield sid, s
            s=[]
        else:
            c=line.split('\t')
            if '-' in c[0] or '.' in c[0]: continue
            s.append(c)
    if s: yield sid, s
def spans(s):
    out=[]; i=0
    while i<len(s):
        if s[i][3]=='PROPN' or s[i][4].startswith('SPEC|deeleigen'):
            j=i
            while j<len(s) and (s[j][3]=='PROPN' or s[j][4].startswith('SPEC|deeleigen')): j+=1
            out.append((i,j)); i=j
        else: i+=1
    return out
if __name__=='__main__':
    first=set(l.split('\t')[0].strip().lower() for l in open(sys.argv[2],encoding='utf-8'))
    seen={}
    for sid,s in sents(sys.argv[1]):
        for a,b in spans(s):
            t=' '.join(c[1] for c in s[a:b])
            if t in seen: continue
            ctx=' '.join(c[1] for c in s[max(0,a-4):a])+' [['+t+']] '+' '.join(c[1] for c in s[b:b+4])
            guess='P' if s[a][1].lower() in first and b-a>1 else '-'
            seen[t]=(guess,ctx)
    for t,(g,c) in seen.items(): print(g+'\t'+t+'\t'+c)
