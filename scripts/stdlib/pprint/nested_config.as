# Pretty-printing a nested service configuration at several widths.
import pprint

config = {
    "services": {
        "api": {"image": "registry.example.com/api:1.4.2", "replicas": 3, "ports": [8080, 8443], "env": {"LOG_LEVEL": "info", "FEATURE_FLAGS": "beta,new-ui"}},
        "worker": {"image": "registry.example.com/worker:1.4.2", "replicas": 5, "queues": ("default", "emails", "reports")},
        "cache": {"image": "redis:7", "replicas": 1},
    },
    "version": "3.9",
    "volumes": ["data", "logs"],
}
pprint.pprint(config)
pprint.pprint(config, width=50)
pprint.pprint(config, width=120)
pprint.pprint(config, indent=4, width=60)
pprint.pprint(config, depth=2)
pprint.pp(config, width=60)
