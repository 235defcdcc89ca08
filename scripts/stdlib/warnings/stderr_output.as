# Warnings printed on stderr do not disturb stdout.
import warnings

print("before")
warnings.warn("disk almost full")
warnings.warn(UserWarning("as an instance"))
warnings.warn("ignored by default", DeprecationWarning, stacklevel=1)
print("after")
