	switch (t->back) {
	default: Uerror("bad return move");
	case  0: goto R999; /* nothing to undo */

		 /* CLAIM recovered */
;
		;
		
	case 4: // STATE 13
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM neverTwice */
;
		
	case 5: // STATE 1
		goto R999;

	case 6: // STATE 10
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC :init: */

	case 7: // STATE 1
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 8: // STATE 8
		;
		k = trpt->bup.ovals[5];
		now.fenceReachable[ Index(k, 3) ] = trpt->bup.ovals[4];
		now.member[ Index(k, 3) ] = trpt->bup.ovals[3];
		now.daemon[ Index(k, 3) ] = trpt->bup.ovals[2];
		now.libvirtd[ Index(k, 3) ] = trpt->bup.ovals[1];
		now.up[ Index(k, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 9: // STATE 15
		;
		now.where[1] = trpt->bup.ovals[1];
		now.where[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 10: // STATE 16
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 12: // STATE 19
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 14: // STATE 27
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 15: // STATE 27
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 16: // STATE 27
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 17: // STATE 35
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 18: // STATE 44
		;
		m = trpt->bup.ovals[2];
		c = trpt->bup.ovals[1];
		k = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 19: // STATE 45
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 20: // STATE 46
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 21: // STATE 47
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 22: // STATE 48
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 23: // STATE 49
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 24: // STATE 51
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Faults */

	case 25: // STATE 4
		;
		now.byCluster[ Index(((0*3)+0), 6) ] = trpt->bup.ovals[2];
		now.qemu[ Index(((0*3)+0), 6) ] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 27: // STATE 6
		;
		_m = unsend(now.events[0]);
		;
		goto R999;
;
		;
		;
		
	case 29: // STATE 8
		goto R999;

	case 30: // STATE 15
		;
		now.byCluster[ Index(((0*3)+1), 6) ] = trpt->bup.ovals[2];
		now.qemu[ Index(((0*3)+1), 6) ] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 32: // STATE 17
		;
		_m = unsend(now.events[1]);
		;
		goto R999;
;
		;
		;
		
	case 34: // STATE 19
		goto R999;

	case 35: // STATE 26
		;
		now.byCluster[ Index(((0*3)+2), 6) ] = trpt->bup.ovals[2];
		now.qemu[ Index(((0*3)+2), 6) ] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 37: // STATE 28
		;
		_m = unsend(now.events[2]);
		;
		goto R999;
;
		;
		;
		
	case 39: // STATE 30
		goto R999;

	case 40: // STATE 37
		;
		now.byCluster[ Index(((1*3)+0), 6) ] = trpt->bup.ovals[2];
		now.qemu[ Index(((1*3)+0), 6) ] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 42: // STATE 39
		;
		_m = unsend(now.events[0]);
		;
		goto R999;
;
		;
		;
		
	case 44: // STATE 41
		goto R999;

	case 45: // STATE 48
		;
		now.byCluster[ Index(((1*3)+1), 6) ] = trpt->bup.ovals[2];
		now.qemu[ Index(((1*3)+1), 6) ] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 47: // STATE 50
		;
		_m = unsend(now.events[1]);
		;
		goto R999;
;
		;
		;
		
	case 49: // STATE 52
		goto R999;

	case 50: // STATE 59
		;
		now.byCluster[ Index(((1*3)+2), 6) ] = trpt->bup.ovals[2];
		now.qemu[ Index(((1*3)+2), 6) ] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 52: // STATE 61
		;
		_m = unsend(now.events[2]);
		;
		goto R999;
;
		;
		;
		
	case 54: // STATE 63
		goto R999;

	case 55: // STATE 69
		;
		now.daemon[0] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 56: // STATE 73
		;
		now.daemon[1] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 57: // STATE 77
		;
		now.daemon[2] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 58: // STATE 81
		;
		now.libvirtd[0] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 59: // STATE 85
		;
		now.libvirtd[1] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 60: // STATE 89
		;
		now.libvirtd[2] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 61: // STATE 93
		;
		now.rescan[0] = trpt->bup.ovals[1];
		now.libvirtd[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 62: // STATE 97
		;
		now.rescan[1] = trpt->bup.ovals[1];
		now.libvirtd[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 63: // STATE 101
		;
		now.rescan[2] = trpt->bup.ovals[1];
		now.libvirtd[2] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 64: // STATE 104
		;
		now.pendingFailed[ Index(((0*3)+0), 6) ] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 66: // STATE 106
		;
		_m = unsend(now.events[0]);
		;
		goto R999;
;
		
	case 67: // STATE 108
		goto R999;

	case 68: // STATE 113
		;
		now.pendingFailed[ Index(((0*3)+1), 6) ] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 70: // STATE 115
		;
		_m = unsend(now.events[1]);
		;
		goto R999;
;
		
	case 71: // STATE 117
		goto R999;

	case 72: // STATE 122
		;
		now.pendingFailed[ Index(((0*3)+2), 6) ] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 74: // STATE 124
		;
		_m = unsend(now.events[2]);
		;
		goto R999;
;
		
	case 75: // STATE 126
		goto R999;

	case 76: // STATE 131
		;
		now.pendingFailed[ Index(((1*3)+0), 6) ] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 78: // STATE 133
		;
		_m = unsend(now.events[0]);
		;
		goto R999;
;
		
	case 79: // STATE 135
		goto R999;

	case 80: // STATE 140
		;
		now.pendingFailed[ Index(((1*3)+1), 6) ] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 82: // STATE 142
		;
		_m = unsend(now.events[1]);
		;
		goto R999;
;
		
	case 83: // STATE 144
		goto R999;

	case 84: // STATE 149
		;
		now.pendingFailed[ Index(((1*3)+2), 6) ] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 86: // STATE 151
		;
		_m = unsend(now.events[2]);
		;
		goto R999;
;
		
	case 87: // STATE 153
		goto R999;

	case 88: // STATE 158
		;
		now.faults = trpt->bup.oval;
		;
		goto R999;

	case 89: // STATE 162
		;
		k = trpt->bup.ovals[3];
		now.libvirtd[0] = trpt->bup.ovals[2];
		now.daemon[0] = trpt->bup.ovals[1];
		now.up[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 90: // STATE 167
		;
		k = trpt->bup.ovals[3];
		now.pendingFailed[ Index(((k*3)+0), 6) ] = trpt->bup.ovals[2];
		now.hasRecord[ Index(((k*3)+0), 6) ] = trpt->bup.ovals[1];
		now.qemu[ Index(((k*3)+0), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 91: // STATE 173
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 93: // STATE 176
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 95: // STATE 184
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 96: // STATE 184
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 97: // STATE 184
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 98: // STATE 192
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 99: // STATE 202
		;
		now.faults = trpt->bup.oval;
		;
		goto R999;

	case 100: // STATE 206
		;
		k = trpt->bup.ovals[3];
		now.libvirtd[1] = trpt->bup.ovals[2];
		now.daemon[1] = trpt->bup.ovals[1];
		now.up[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 101: // STATE 211
		;
		k = trpt->bup.ovals[3];
		now.pendingFailed[ Index(((k*3)+1), 6) ] = trpt->bup.ovals[2];
		now.hasRecord[ Index(((k*3)+1), 6) ] = trpt->bup.ovals[1];
		now.qemu[ Index(((k*3)+1), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 102: // STATE 217
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 104: // STATE 220
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 106: // STATE 228
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 107: // STATE 228
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 108: // STATE 228
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 109: // STATE 236
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 110: // STATE 246
		;
		now.faults = trpt->bup.oval;
		;
		goto R999;

	case 111: // STATE 250
		;
		k = trpt->bup.ovals[3];
		now.libvirtd[2] = trpt->bup.ovals[2];
		now.daemon[2] = trpt->bup.ovals[1];
		now.up[2] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 112: // STATE 255
		;
		k = trpt->bup.ovals[3];
		now.pendingFailed[ Index(((k*3)+2), 6) ] = trpt->bup.ovals[2];
		now.hasRecord[ Index(((k*3)+2), 6) ] = trpt->bup.ovals[1];
		now.qemu[ Index(((k*3)+2), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 113: // STATE 261
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 115: // STATE 264
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 117: // STATE 272
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 118: // STATE 272
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 119: // STATE 272
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 120: // STATE 280
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 121: // STATE 291
		;
		now.cut[0] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 122: // STATE 292
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 124: // STATE 295
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 126: // STATE 303
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 127: // STATE 303
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 128: // STATE 303
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 129: // STATE 311
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 130: // STATE 321
		;
		now.cut[1] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 131: // STATE 322
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 133: // STATE 325
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 135: // STATE 333
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 136: // STATE 333
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 137: // STATE 333
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 138: // STATE 341
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 139: // STATE 351
		;
		now.cut[2] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 140: // STATE 352
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 142: // STATE 355
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 144: // STATE 363
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 145: // STATE 363
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 146: // STATE 363
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 147: // STATE 371
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 148: // STATE 381
		;
		now.fenceReachable[0] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 149: // STATE 385
		;
		now.fenceReachable[1] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 150: // STATE 389
		;
		now.fenceReachable[2] = trpt->bup.ovals[1];
		now.faults = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 151: // STATE 392
		;
		now.faults = trpt->bup.oval;
		;
		goto R999;

	case 152: // STATE 396
		;
		k = trpt->bup.ovals[3];
		now.libvirtd[0] = trpt->bup.ovals[2];
		now.daemon[0] = trpt->bup.ovals[1];
		now.up[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 153: // STATE 401
		;
		k = trpt->bup.ovals[3];
		now.pendingFailed[ Index(((k*3)+0), 6) ] = trpt->bup.ovals[2];
		now.hasRecord[ Index(((k*3)+0), 6) ] = trpt->bup.ovals[1];
		now.qemu[ Index(((k*3)+0), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 154: // STATE 407
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 156: // STATE 410
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 158: // STATE 418
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 159: // STATE 418
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 160: // STATE 418
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 161: // STATE 426
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 162: // STATE 436
		;
		now.faults = trpt->bup.oval;
		;
		goto R999;

	case 163: // STATE 440
		;
		k = trpt->bup.ovals[3];
		now.libvirtd[1] = trpt->bup.ovals[2];
		now.daemon[1] = trpt->bup.ovals[1];
		now.up[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 164: // STATE 445
		;
		k = trpt->bup.ovals[3];
		now.pendingFailed[ Index(((k*3)+1), 6) ] = trpt->bup.ovals[2];
		now.hasRecord[ Index(((k*3)+1), 6) ] = trpt->bup.ovals[1];
		now.qemu[ Index(((k*3)+1), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 165: // STATE 451
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 167: // STATE 454
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 169: // STATE 462
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 170: // STATE 462
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 171: // STATE 462
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 172: // STATE 470
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 173: // STATE 480
		;
		now.faults = trpt->bup.oval;
		;
		goto R999;

	case 174: // STATE 484
		;
		k = trpt->bup.ovals[3];
		now.libvirtd[2] = trpt->bup.ovals[2];
		now.daemon[2] = trpt->bup.ovals[1];
		now.up[2] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 175: // STATE 489
		;
		k = trpt->bup.ovals[3];
		now.pendingFailed[ Index(((k*3)+2), 6) ] = trpt->bup.ovals[2];
		now.hasRecord[ Index(((k*3)+2), 6) ] = trpt->bup.ovals[1];
		now.qemu[ Index(((k*3)+2), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 176: // STATE 495
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 178: // STATE 498
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 180: // STATE 506
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 181: // STATE 506
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 182: // STATE 506
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 183: // STATE 514
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 184: // STATE 526
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Daemon */
;
		;
		
	case 186: // STATE 2
		;
		XX = 1;
		unrecv(now.events[ Index(((int)((P1 *)_this)->x), 3) ], XX-1, 0, ((int)g), 1);
		unrecv(now.events[ Index(((int)((P1 *)_this)->x), 3) ], XX-1, 1, kind, 0);
		g = trpt->bup.ovals[0];
		kind = trpt->bup.ovals[1];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 187: // STATE 3
		goto R999;

	case 188: // STATE 12
		;
		kind = trpt->bup.ovals[1];
		g = trpt->bup.ovals[0];
		_m = unsend(now.reports);
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 189: // STATE 12
		;
		kind = trpt->bup.ovals[1];
		g = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 190: // STATE 12
		;
		kind = trpt->bup.ovals[1];
		g = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 191: // STATE 16
		;
		g = trpt->bup.ovals[1];
		now.rescan[ Index(((P1 *)_this)->x, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		;
		
	case 193: // STATE 18
		goto R999;

	case 194: // STATE 26
		;
		g = trpt->bup.oval;
		_m = unsend(now.reports);
		;
		goto R999;

	case 195: // STATE 26
		;
		g = trpt->bup.oval;
		;
		goto R999;

	case 196: // STATE 26
		;
		g = trpt->bup.oval;
		;
		goto R999;

	case 197: // STATE 32
		;
		g = trpt->bup.oval;
		;
		goto R999;

	case 198: // STATE 37
		;
		now.daemonReported[ Index(n, 3) ] = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 199: // STATE 39
		;
		n = trpt->bup.oval;
		_m = unsend(now.reports);
		;
		goto R999;

	case 200: // STATE 44
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Pacemaker */

	case 201: // STATE 1
		;
		XX = 1;
		unrecv(now.reports, XX-1, 0, rkind, 1);
		unrecv(now.reports, XX-1, 1, ((int)what), 0);
		unrecv(now.reports, XX-1, 2, ((int)n), 0);
		rkind = trpt->bup.ovals[0];
		what = trpt->bup.ovals[1];
		n = trpt->bup.ovals[2];
		;
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 203: // STATE 4
		;
		now.intent[ Index(((what*3)+n), 6) ] = trpt->bup.ovals[1];
		now.hasRecord[ Index(((what*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 204: // STATE 7
		;
		now.byCluster[ Index(((what*3)+n), 6) ] = trpt->bup.ovals[1];
		now.qemu[ Index(((what*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 206: // STATE 20
		;
		now.hasRecord[ Index(((what*3)+n), 6) ] = trpt->bup.oval;
		_m = unsend(now.events[ Index(((int)n), 3) ]);
		;
		goto R999;
;
		;
		
	case 208: // STATE 20
		;
		now.hasRecord[ Index(((what*3)+n), 6) ] = trpt->bup.oval;
		;
		goto R999;

	case 209: // STATE 20
		;
		now.hasRecord[ Index(((what*3)+n), 6) ] = trpt->bup.ovals[1];
		now.pendingFailed[ Index(((what*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 210: // STATE 20
		;
		now.hasRecord[ Index(((what*3)+n), 6) ] = trpt->bup.oval;
		;
		goto R999;

	case 211: // STATE 20
		;
		now.hasRecord[ Index(((what*3)+n), 6) ] = trpt->bup.oval;
		;
		goto R999;

	case 212: // STATE 38
		;
		n = trpt->bup.ovals[3];
		what = trpt->bup.ovals[2];
		rkind = trpt->bup.ovals[1];
		now.where[ Index(what, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 213: // STATE 38
		;
		n = trpt->bup.ovals[2];
		what = trpt->bup.ovals[1];
		rkind = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 214: // STATE 38
		;
		n = trpt->bup.ovals[5];
		what = trpt->bup.ovals[4];
		rkind = trpt->bup.ovals[3];
		now.daemonReported[ Index(n, 3) ] = trpt->bup.ovals[2];
		now.rescan[ Index(n, 3) ] = trpt->bup.ovals[1];
		now.daemon[ Index(n, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 215: // STATE 38
		;
		n = trpt->bup.ovals[2];
		what = trpt->bup.ovals[1];
		rkind = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 216: // STATE 38
		;
		n = trpt->bup.ovals[2];
		what = trpt->bup.ovals[1];
		rkind = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 217: // STATE 41
		;
		g = trpt->bup.oval;
		;
		goto R999;

	case 218: // STATE 44
		;
		k = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 219: // STATE 46
		;
		m = trpt->bup.oval;
		;
		goto R999;

	case 220: // STATE 53
		;
		k = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 221: // STATE 53
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 222: // STATE 53
		;
		k = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 224: // STATE 70
		;
		g = trpt->bup.ovals[5];
		now.where[ Index(g, 2) ] = trpt->bup.ovals[4];
		now.intent[ Index(((g*3)+n), 6) ] = trpt->bup.ovals[3];
		now.hasRecord[ Index(((g*3)+n), 6) ] = trpt->bup.ovals[2];
		now.byCluster[ Index(((g*3)+n), 6) ] = trpt->bup.ovals[1];
		now.qemu[ Index(((g*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 225: // STATE 70
		;
		g = trpt->bup.oval;
		;
		goto R999;

	case 226: // STATE 70
		;
		g = trpt->bup.oval;
		;
		goto R999;

	case 227: // STATE 79
		;
		k = trpt->bup.ovals[3];
		m = trpt->bup.ovals[2];
		n = trpt->bup.ovals[1];
		g = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 228: // STATE 82
		;
		n = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 230: // STATE 88
		;
		k = trpt->bup.ovals[3];
		now.libvirtd[ Index(n, 3) ] = trpt->bup.ovals[2];
		now.daemon[ Index(n, 3) ] = trpt->bup.ovals[1];
		now.up[ Index(n, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 231: // STATE 93
		;
		k = trpt->bup.ovals[3];
		now.pendingFailed[ Index(((k*3)+n), 6) ] = trpt->bup.ovals[2];
		now.hasRecord[ Index(((k*3)+n), 6) ] = trpt->bup.ovals[1];
		now.qemu[ Index(((k*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 232: // STATE 99
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 234: // STATE 102
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 236: // STATE 110
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 237: // STATE 110
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 238: // STATE 110
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 239: // STATE 118
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 240: // STATE 127
		;
		g = trpt->bup.ovals[1];
		now.member[ Index(n, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 242: // STATE 135
		;
		g = trpt->bup.ovals[1];
		now.where[ Index(g, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 243: // STATE 135
		;
		g = trpt->bup.oval;
		;
		goto R999;

	case 244: // STATE 135
		;
		g = trpt->bup.oval;
		;
		goto R999;

	case 245: // STATE 147
		;
		m = trpt->bup.ovals[2];
		n = trpt->bup.ovals[1];
		g = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 246: // STATE 147
		;
		m = trpt->bup.ovals[2];
		n = trpt->bup.ovals[1];
		g = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 247: // STATE 157
		;
		now.daemonReported[ Index(n, 3) ] = trpt->bup.ovals[7];
		now.rescan[ Index(n, 3) ] = trpt->bup.ovals[6];
		now.daemon[ Index(n, 3) ] = trpt->bup.ovals[5];
		now.member[ Index(n, 3) ] = trpt->bup.ovals[4];
		now.libvirtd[ Index(n, 3) ] = trpt->bup.ovals[3];
		now.cut[ Index(n, 3) ] = trpt->bup.ovals[2];
		now.up[ Index(n, 3) ] = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 8);
		goto R999;

	case 248: // STATE 158
		;
		m = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 250: // STATE 161
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 252: // STATE 169
		;
		k = trpt->bup.ovals[1];
		c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 253: // STATE 169
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 254: // STATE 169
		;
		k = trpt->bup.oval;
		;
		goto R999;

	case 255: // STATE 177
		;
		m = trpt->bup.ovals[1];
		now.quorate[ Index(m, 3) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 256: // STATE 185
		;
		m = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 257: // STATE 193
		;
		m = trpt->bup.ovals[5];
		n = trpt->bup.ovals[4];
		now.daemonReported[ Index(n, 3) ] = trpt->bup.ovals[3];
		now.rescan[ Index(n, 3) ] = trpt->bup.ovals[2];
		now.daemon[ Index(n, 3) ] = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 258: // STATE 198
		;
		m = trpt->bup.ovals[2];
		n = trpt->bup.ovals[1];
		now.operations = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 259: // STATE 207
		;
		now.byCluster[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[7];
		now.qemu[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[6];
		now.byCluster[ Index(((0*3)+m), 6) ] = trpt->bup.ovals[5];
		now.qemu[ Index(((0*3)+m), 6) ] = trpt->bup.ovals[4];
		now.intent[ Index(((0*3)+m), 6) ] = trpt->bup.ovals[3];
		now.hasRecord[ Index(((0*3)+m), 6) ] = trpt->bup.ovals[2];
		now.intent[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[1];
		now.hasRecord[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 8);
		goto R999;
;
		;
		
	case 261: // STATE 246
		;
		m = trpt->bup.ovals[4];
		n = trpt->bup.ovals[3];
		now.where[0] = trpt->bup.ovals[2];
		now.intent[ Index(((0*3)+m), 6) ] = trpt->bup.ovals[1];
		now.intent[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[0];
		_m = unsend(now.events[ Index(((int)n), 3) ]);
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;
;
		;
		
	case 263: // STATE 246
		;
		m = trpt->bup.ovals[4];
		n = trpt->bup.ovals[3];
		now.where[0] = trpt->bup.ovals[2];
		now.intent[ Index(((0*3)+m), 6) ] = trpt->bup.ovals[1];
		now.intent[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 264: // STATE 246
		;
		m = trpt->bup.ovals[4];
		n = trpt->bup.ovals[3];
		now.where[0] = trpt->bup.ovals[2];
		now.intent[ Index(((0*3)+m), 6) ] = trpt->bup.ovals[1];
		now.intent[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 265: // STATE 219
		;
		now.intent[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[1];
		now.hasRecord[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 266: // STATE 222
		;
		now.byCluster[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[1];
		now.qemu[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 268: // STATE 235
		;
		now.hasRecord[ Index(((0*3)+n), 6) ] = trpt->bup.oval;
		_m = unsend(now.events[ Index(((int)n), 3) ]);
		;
		goto R999;
;
		;
		
	case 270: // STATE 235
		;
		now.hasRecord[ Index(((0*3)+n), 6) ] = trpt->bup.oval;
		;
		goto R999;

	case 271: // STATE 235
		;
		now.hasRecord[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[1];
		now.pendingFailed[ Index(((0*3)+n), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 272: // STATE 235
		;
		now.hasRecord[ Index(((0*3)+n), 6) ] = trpt->bup.oval;
		;
		goto R999;

	case 273: // STATE 235
		;
		now.hasRecord[ Index(((0*3)+n), 6) ] = trpt->bup.oval;
		;
		goto R999;

	case 274: // STATE 246
		;
		m = trpt->bup.ovals[2];
		n = trpt->bup.ovals[1];
		now.where[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 275: // STATE 246
		;
		m = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 276: // STATE 246
		;
		m = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 277: // STATE 251
		;
		p_restor(II);
		;
		;
		goto R999;
	}

