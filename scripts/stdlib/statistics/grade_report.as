# A class grade report: central tendency, spread and quartiles of exam scores.
import statistics as st

scores = {"alice": 88, "bob": 72, "carol": 95, "dave": 61, "erin": 88, "frank": 79, "grace": 91, "heidi": 70}
values = list(scores.values())
print("mean", st.mean(values), "fmean", st.fmean(values))
print("median", st.median(values), "low", st.median_low(values), "high", st.median_high(values))
print("mode", st.mode(values), "multimode", st.multimode(values))
print("stdev", st.stdev(values), "pstdev", st.pstdev(values))
print("variance", st.variance(values), "pvariance", st.pvariance(values))
print("quartiles", st.quantiles(values), "deciles", st.quantiles(values, n=10))
mu, sigma = st.mean(values), st.stdev(values)
for name, score in sorted(scores.items(), key=lambda kv: -kv[1]):
    z = (score - mu) / sigma
    print(f"{name:6} {score:3} z={z:+.2f} {'above' if score > mu else 'below'} mean")
