# sys.exit("message"): the message goes to stderr, status 1.
import sys
print("working")
sys.exit("fatal: something went wrong")
