import sys
def main():
    print("working")
    sys.exit("fatal: config missing")
main()
